// Node, at build time: the welcome and starters the core greets with (the same template and suggestions
// as answer("你好")), so the widget shows them with the page instead of asking /api/ask for them.
import { suggest } from "../worker/core/suggest.ts";
import { templates } from "../worker/core/templates.ts";
import type { SearchIndex } from "../worker/search/load-index.ts";
import { inScript, type Script } from "../worker/text/script.ts";
import type { PageData } from "../worker/widget/page-data.ts";
import type { Language } from "../worker/widget/strings.ts";

const SCRIPTS: Record<Language, Script> = { "zh-Hans": "hans", "zh-Hant": "hant" };

export function makePageData(index: SearchIndex): PageData {
  const { meta } = index;
  const date = meta.published.split(" ")[0] ?? "";
  const data: PageData = { about: { "zh-Hans": "", "zh-Hant": "" }, welcome: {} as PageData["welcome"] };
  for (const [language, script] of Object.entries(SCRIPTS) as [Language, Script][]) {
    data.about[language] = inScript(`${meta.guest}訪談 · ${meta.source} · ${date}`, script);
    data.welcome[language] = {
      text: inScript(templates.greeting(meta), script),
      suggestions: suggest(index, script),
    };
  }
  return data;
}
