import { html, raw } from "hono/html";
import type { SearchIndex } from "../search/load-index.ts";

// Served with a CSP that allows no script at all: the highlight is CSS's :target.
const STYLE = `
body{font:17px/1.8 system-ui,"PingFang TC","Noto Sans CJK TC",sans-serif;max-width:44rem;margin:0 auto;padding:1.5rem;color:#1b1b1f;background:#fff}
h1{font-size:1.4rem;line-height:1.4}h2{font-size:1.1rem;margin-top:2.2rem}
.meta,.caption,.credit{color:#555;font-size:.9rem}.question{font-weight:600}
p{margin:.6rem 0;padding:.2rem .5rem;border-radius:.3rem;scroll-margin-top:30vh}
p:target{background:#fff3b0;outline:2px solid #e0a800}
a.anchor{color:#999;text-decoration:none;font-size:.8rem;margin-left:.3rem}
@media (prefers-color-scheme:dark){body{background:#16161a;color:#e6e6ea}.meta,.caption,.credit{color:#aaa}p:target{background:#4a3b00;outline-color:#e0a800}}
`;

/** The whole interview as one readable page, a paragraph per passage, each with its anchor. */
export function renderSourcePage(index: SearchIndex) {
  const { meta, passages } = index;
  let turn = -1;
  const body = passages.map((p) => {
    const heading = p.turn !== turn && p.turn > 0 ? html`<h2>${p.section}</h2>` : "";
    turn = p.turn;
    const speaker = p.kind === "question" || p.kind === "answer" ? html`<b>${p.speaker}:</b>` : "";
    if (p.kind === "meta") return html`<p id="${p.id}" class="meta">${meta.published} 來源:${meta.source}</p>`;
    return html`${heading}<p id="${p.id}" class="${p.kind}">${speaker}${p.text}<a class="anchor" href="#${p.id}" aria-label="連結到此段">#</a></p>`;
  });
  return html`<!doctype html>
<html lang="zh-Hant">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${meta.title}</title><style>${raw(STYLE)}</style></head>
<body><main><h1>${meta.title}</h1>${body}</main></body>
</html>`;
}
