import { html, raw } from "hono/html";
import type { SearchIndex } from "../search/load-index.ts";
import { inScript, type Script } from "../text/script.ts";

// Served with a CSP that allows no script at all: the highlight is CSS's :target.
const STYLE = `
body{font:17px/1.8 system-ui,"PingFang TC","Noto Sans CJK TC",sans-serif;max-width:44rem;margin:0 auto;padding:1.5rem;color:#1b1b1f;background:#fff}
html:lang(zh-Hans) body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif}
nav{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.95rem}
a{color:#0b57d0}
h1{font-size:1.4rem;line-height:1.4}h2{font-size:1.1rem;margin-top:2.2rem}
.meta,.caption,.credit,.note{color:#555;font-size:.9rem}.question{font-weight:600}
p{margin:.6rem 0;padding:.2rem .5rem;border-radius:.3rem;scroll-margin-top:30vh}
p:target{background:#fff3b0;outline:2px solid #e0a800}
a.anchor{color:#6b6b6b;text-decoration:none;font-size:.8rem;margin-left:.3rem}
@media (prefers-color-scheme:dark){body{background:#16161a;color:#e6e6ea}a{color:#8ab4f8}a.anchor{color:#aaa}.meta,.caption,.credit,.note{color:#aaa}p:target{background:#4a3b00;outline-color:#e0a800}}
`;

// The page's own words; the interview's are converted with inScript (it is written in Traditional).
const WORDS = {
  hant: { back: "← 回到訪談問答", other: "简体", otherLang: "zh-Hans", note: "", link: "連結到此段" },
  hans: {
    back: "← 回到访谈问答",
    other: "繁體原文",
    otherLang: "zh-Hant",
    note: "以下为简体转换；原文为繁体。",
    link: "链接到此段",
  },
} as const;

/**
 * The script a reader of /source wants: `?lang=zh-Hans|zh-Hant` (the chat's links carry it), else the first
 * Chinese tag of Accept-Language; the original Traditional when nothing says otherwise.
 */
export function sourceScript(lang: string | undefined, acceptLanguage: string | undefined): Script {
  if (lang === "zh-Hans") return "hans";
  if (lang === "zh-Hant") return "hant";
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]!.trim().toLowerCase();
    if (!tag.startsWith("zh")) continue;
    return /^zh-(hant|tw|hk|mo)\b/.test(tag) ? "hant" : "hans";
  }
  return "hant";
}

/** The whole interview as one readable page in the reader's script, a paragraph per passage, each with its anchor. */
export function renderSourcePage(index: SearchIndex, script: Script = "hant") {
  const { meta, passages } = index;
  const say = (text: string) => inScript(text, script);
  const words = WORDS[script];
  let turn = -1;
  const body = passages.map((p) => {
    const heading = p.turn !== turn && p.turn > 0 ? html`<h2>${say(p.section)}</h2>` : "";
    turn = p.turn;
    const speaker = p.kind === "question" || p.kind === "answer" ? html`<b>${say(p.speaker)}:</b>` : "";
    if (p.kind === "meta")
      return html`<p id="${p.id}" class="meta">${meta.published} ${say("來源")}:${say(meta.source)}</p>`;
    return html`${heading}<p id="${p.id}" class="${p.kind}">${speaker}${say(p.text)}<a class="anchor" href="#${p.id}" aria-label="${words.link}">#</a></p>`;
  });
  return html`<!doctype html>
<html lang="${script === "hans" ? "zh-Hans" : "zh-Hant"}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${say(meta.title)}</title><style>${raw(STYLE)}</style></head>
<body><nav aria-label="${say("頁面")}"><a href="/">${words.back}</a><a href="?lang=${words.otherLang}" lang="${words.otherLang}">${words.other}</a></nav>
<main><h1>${say(meta.title)}</h1>${words.note ? html`<p class="note">${words.note}</p>` : ""}${body}</main></body>
</html>`;
}
