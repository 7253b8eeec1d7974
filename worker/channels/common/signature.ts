const encoder = new TextEncoder();

/**
 * WeChat's signature: lowercase hex SHA-1 of the parts sorted and joined. Three parts (token, timestamp,
 * nonce) for `signature`, four (…, Encrypt or echostr) for `msg_signature`.
 */
export async function signParts(parts: string[]): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", encoder.encode([...parts].sort().join("")));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Constant-time string compare: `===` leaks how many leading characters of a forged signature were right.
 * crypto.crypto.subtle.timingSafeEqual is the Workers' extension of Web Crypto
 * (https://developers.cloudflare.com/workers/runtime-apis/web-crypto/#timingsafeequal).
 */
export function safeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  // timingSafeEqual throws on unequal lengths; compare x with itself so the time does not depend on y.
  if (x.byteLength !== y.byteLength) {
    crypto.subtle.timingSafeEqual(x, x);
    return false;
  }
  return crypto.subtle.timingSafeEqual(x, y);
}

export async function verifySignature(parts: string[], signature: string): Promise<boolean> {
  return safeEqual(await signParts(parts), signature.toLowerCase());
}
