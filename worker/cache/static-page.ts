import type { Context } from "hono";

export interface StaticPageOptions<K extends string> {
  /** Which variant of the page a request gets (e.g. its script); each variant is rendered and hashed once. */
  variant: (c: Context) => K;
  render: (variant: K) => string | Promise<string>;
  /** How long a browser may reuse the page without asking (seconds); then it revalidates with its ETag. */
  maxAge: number;
  /** Request headers the variant depends on, sent as Vary so that caches keep the variants apart. */
  vary?: string;
}

/**
 * A page that only changes with a deploy (/source): each variant rendered and hashed once per isolate,
 * served with a strong ETag and a short max-age, so that a repeat visit is a 304 without a body and a deploy
 * reaches readers within maxAge (RFC 9110 §13.1.2 If-None-Match; RFC 9111 §5.2.2.1 max-age).
 */
export function staticPage<K extends string>({ variant, render, maxAge, vary }: StaticPageOptions<K>) {
  const pages = new Map<K, Promise<{ body: string; etag: string }>>();
  const build = async (key: K) => {
    const body = await render(key);
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
    const hex = [...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, "0")).join("");
    return { body, etag: `"${hex}"` };
  };
  return async (c: Context) => {
    const key = variant(c);
    const page = pages.get(key) ?? build(key);
    pages.set(key, page);
    const { body, etag } = await page;
    c.header("ETag", etag);
    c.header("Cache-Control", `public, max-age=${maxAge}`);
    if (vary) c.header("Vary", vary);
    const ifNoneMatch = c.req.header("If-None-Match") ?? "";
    if (ifNoneMatch === "*" || ifNoneMatch.match(/"[^"]*"/g)?.includes(etag)) return c.body(null, 304);
    return c.html(body);
  };
}
