/**
 * hono/cors's `origin` option from ALLOWED_ORIGINS: "*" (or unset) lets any page call the API, which the
 * widget needs on third-party sites; a comma-separated list allows only those origins. No credentials either
 * way: the API uses no cookies.
 */
export function corsOrigin(allowed: string | undefined): (origin: string) => string | null {
  const list = (allowed ?? "*")
    .split(",")
    .map((o) => o.trim().replace(/\/+$/, ""))
    .filter(Boolean);
  if (list.length === 0 || list.includes("*")) return () => "*";
  return (origin) => (list.includes(origin) ? origin : null);
}
