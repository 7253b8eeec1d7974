// What the widget knows before its first request, written into widget.js by the build (scripts/make-page-data.ts):
// the interview it answers about and the core's own welcome and starter questions, in both scripts.
import type { Language } from "./strings.ts";

export interface Welcome {
  text: string;
  suggestions: string[];
}

export interface PageData {
  /** "张泽峰访谈 · 新华网 · 2024-11-07": what the chat is about, one line. */
  about: Record<Language, string>;
  welcome: Record<Language, Welcome>;
}

// esbuild's `define` replaces this name with the JSON (scripts/build-widget.ts).
declare const __PAGE_DATA__: PageData;

export const pageData: PageData = __PAGE_DATA__;
