export { noStore } from "./no-store.ts";
export { type StaticPageOptions, staticPage } from "./static-page.ts";
