import type { Insights } from "./summarize.ts";
import { escapeXml, shareLines, stackedBars } from "./svg-charts.ts";

// Colour-blind-safe (Okabe–Ito) channel colours; a channel not listed gets grey.
const CHANNEL_COLORS: Record<string, string> = {
  api: "#0072B2",
  widget: "#E69F00",
  wechat: "#009E73",
  wecom: "#56B4E9",
  "wecom-bot": "#CC79A7",
  dingtalk: "#D55E00",
  feishu: "#F0E442",
};

const STYLE = `
body{font:15px/1.6 system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;max-width:60rem;margin:0 auto;padding:1.5rem;color:#1b1b1f;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
.totals{display:flex;flex-wrap:wrap;gap:1rem}.totals div{border:1px solid #ddd;border-radius:.4rem;padding:.4rem .8rem}
.totals b{display:block;font-size:1.3rem}
.chart{width:100%;height:auto;font-size:11px;fill:#555}.axis,.grid{stroke:#ccc}.grid{stroke-dasharray:2 3}
.legend{display:flex;gap:1rem;font-size:.85rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}.quote{color:#555;font-size:.85rem}
.empty{color:#777}
@media (prefers-color-scheme:dark){body{background:#16161a;color:#e6e6ea}.chart{fill:#aaa}.quote{color:#aaa}th,td{border-color:#333}.totals div{border-color:#333}}
`;

const pct = (v: number | null) => (v === null ? "–" : `${Math.round(v * 100)}%`);
const e = (s: string | number) => escapeXml(String(s));
const cut = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n).join("")}…` : s);

function table(head: string[], rows: string[][], empty: string): string {
  if (!rows.length) return `<p class="empty">${e(empty)}</p>`;
  return `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.join("")}</tr>`)
    .join("")}</tbody></table>`;
}

const num = (n: number) => `<td class="n">${n}</td>`;
const passageLink = (id: string | null, text?: string) =>
  id
    ? `<td><a href="/source#${encodeURIComponent(id)}">${e(id)}</a>${text ? `<div class="quote">${e(cut(text, 60))}</div>` : ""}</td>`
    : "<td>–</td>";

/** /admin/insights: the same data as /admin/insights.json, as a page with inline SVG charts. */
export function renderInsightsPage(insights: Insights): string {
  const { totals, daily, channels } = insights;
  const days = daily.map((d) => d.day);
  const perChannel = stackedBars(
    "Questions per day by channel",
    days,
    channels.map((c) => ({
      label: c,
      color: CHANNEL_COLORS[c] ?? "#999",
      values: daily.map((d) => d.byChannel[c] ?? 0),
    })),
  );
  const quality = shareLines("Found rate and mean confidence per day", days, [
    { label: "found", color: "#009E73", values: daily.map((d) => d.foundRate) },
    { label: "confidence", color: "#0072B2", values: daily.map((d) => d.confidence) },
  ]);
  const unanswered = table(
    ["question", "times", "not found", "unsure", "voted down", "nearest passage", "last"],
    insights.unanswered.map((g) => [
      `<td>${e(g.question)}</td>`,
      num(g.count),
      num(g.notFound),
      num(g.lowConfidence),
      num(g.votedDown),
      passageLink(g.nearest, g.nearestText),
      `<td>${e(g.lastAt.slice(0, 10))}</td>`,
    ]),
    "No unanswered or voted-down questions in this window.",
  );
  const passages = table(
    ["passage", "cited", "up", "down"],
    insights.passages.map((p) => [passageLink(p.passage, p.quote), num(p.cited), num(p.up), num(p.down)]),
    "No passage cited in this window.",
  );
  const reasons = Object.entries(insights.downReasons)
    .map(([r, n]) => `${e(r)} ${n}`)
    .join(" · ");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>Insights</title><style>${STYLE}</style></head>
<body><main>
<h1>Insights <small>${e(insights.from.slice(0, 10))} – ${e(insights.to.slice(0, 10))} (${insights.days} days)</small></h1>
<div class="totals">
<div><b>${totals.questions}</b>questions</div>
<div><b>${pct(totals.foundRate)}</b>found</div>
<div><b>${totals.up} / ${totals.down}</b>votes up / down</div>
<div><b>${totals.messages}</b>messages (greetings and help included)</div>
</div>
<h2>Questions per day</h2>${perChannel}
<h2>Found rate and confidence</h2>${quality}
<h2>Not found, unsure or voted down</h2>${unanswered}
${reasons ? `<p>Reasons of the down votes: ${reasons}</p>` : ""}
<h2>Passages cited most</h2>${passages}
<p class="quote">The same data: <a href="/admin/insights.json?days=${insights.days}">/admin/insights.json</a>. What is kept and for how long: docs/PRIVACY.md.</p>
</main></body>
</html>`;
}
