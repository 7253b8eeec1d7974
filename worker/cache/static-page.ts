import type { Context } from "hono";

export interface StaticPageOptions {
  /** How long a browser may reuse the page without asking (seconds); then it revalidates with its ETag. */
  maxAge: number;
}

/**
 * A page that only changes with a deploy (/source): rendered and hashed once per isolate, served with a
 * strong ETag and a short max-age, so that a repeat visit is a 304 without a body and a deploy reaches
 * readers within maxAge (RFC 9110 §13.1.2 If-None-Match; RFC 9111 §5.2.2.1 max-age).
 */
export function staticPage(render: () => string | Promise<string>, { maxAge }: StaticPageOptions) {
  let page: Promise<{ body: string; etag: string }> | undefined;
  const build = async () => {
    const body = await render();
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
    const hex = [...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, "0")).join("");
    return { body, etag: `"${hex}"` };
  };
  return async (c: Context) => {
    page ??= build();
    const { body, etag } = await page;
    c.header("ETag", etag);
    c.header("Cache-Control", `public, max-age=${maxAge}`);
    const ifNoneMatch = c.req.header("If-None-Match") ?? "";
    if (ifNoneMatch === "*" || ifNoneMatch.match(/"[^"]*"/g)?.includes(etag)) return c.body(null, 304);
    return c.html(body);
  };
}
