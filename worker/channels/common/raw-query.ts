/**
 * Query parameters decoded without turning `+` into a space: echostr and Encrypt are base64, and the
 * platform does not always percent-encode their `+` (URLSearchParams and Hono's c.req.query() would break them).
 */
export function rawQuery(url: string): Map<string, string> {
  const params = new Map<string, string>();
  const search = new URL(url).search.slice(1);
  for (const pair of search ? search.split("&") : []) {
    const at = pair.indexOf("=");
    const name = at < 0 ? pair : pair.slice(0, at);
    const value = at < 0 ? "" : pair.slice(at + 1);
    try {
      if (!params.has(name)) params.set(decodeURIComponent(name), decodeURIComponent(value));
    } catch {
      // A malformed escape: the parameter is unusable, and its absence is refused later.
    }
  }
  return params;
}
