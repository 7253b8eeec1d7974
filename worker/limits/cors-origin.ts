type AllowOrigin = (origin: string) => string | null;

// ALLOWED_ORIGINS is the same for every request of an isolate: parse it once per value, not per request.
let parsed: { allowed: string | undefined; allow: AllowOrigin } | undefined;

/**
 * hono/cors's `origin` decision from ALLOWED_ORIGINS: "*" (or unset) lets any page call the API, which the
 * widget needs on third-party sites; a comma-separated list allows only those origins. No credentials either
 * way: the API uses no cookies.
 */
export function corsOrigin(allowed: string | undefined): AllowOrigin {
  if (parsed && parsed.allowed === allowed) return parsed.allow;
  const list = (allowed ?? "*")
    .split(",")
    .map((o) => o.trim().replace(/\/+$/, ""))
    .filter(Boolean);
  const allow: AllowOrigin =
    list.length === 0 || list.includes("*") ? () => "*" : (origin) => (list.includes(origin) ? origin : null);
  parsed = { allowed, allow };
  return allow;
}
