const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export class Base64Error extends Error {}

/** Strict decode: atob forgives whitespace and missing padding, the platform never sends either. */
export function decodeBase64(text: string): Uint8Array {
  if (!BASE64.test(text)) throw new Base64Error("not base64");
  return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  // Chunked: String.fromCharCode(...bytes) overflows the stack on large arrays.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
