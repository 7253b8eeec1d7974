/**
 * The token a request presents: `Authorization: Bearer <token>` (curl, scripts) or the password of
 * `Authorization: Basic` (a browser's own login prompt, any user name).
 */
export function presentedToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const [scheme, value = ""] = authorization.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === "bearer") return value || undefined;
  if (scheme?.toLowerCase() === "basic") {
    try {
      const decoded = new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)));
      const colon = decoded.indexOf(":");
      return colon >= 0 ? decoded.slice(colon + 1) || undefined : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

// workerd's extension of SubtleCrypto; typed here because the shared tsconfig's Node types hide workers-types' own.
type WorkerdSubtle = SubtleCrypto & { timingSafeEqual(a: ArrayBuffer, b: ArrayBuffer): boolean };

const sha256 = async (s: string) => crypto.subtle.digest("SHA-256", new TextEncoder().encode(s));

/**
 * Whether `given` is the admin token, in time that depends on neither: both are hashed to 32 bytes first
 * (so neither length leaks), then compared with workerd's crypto.subtle.timingSafeEqual
 * (https://developers.cloudflare.com/workers/examples/protect-against-timing-attacks/).
 */
export async function isAdminToken(given: string | undefined, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given ?? ""), sha256(expected)]);
  return (crypto.subtle as WorkerdSubtle).timingSafeEqual(a, b) && given !== undefined;
}
