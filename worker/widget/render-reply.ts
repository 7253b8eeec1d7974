// One answer as the reader sees it: what was asked first (fact card), the answer sentence or its points,
// the sources in the reader's script with the original one tap away, related passages apart, and tools.
import { FEEDBACK_REASONS, type FeedbackReason } from "../api/feedback-reasons.ts";
import type { Reply } from "./api.ts";
import { h, ICONS, icon } from "./dom.ts";
import type { Turn } from "./session.ts";
import type { Language, Strings } from "./strings.ts";

type Citation = Reply["citations"][number];

export interface ReplyView {
  t: Strings;
  language: Language;
  /** The link to a passage on /source, in the reader's script. */
  link: (citation: Citation) => string;
  vote: (turn: Turn, vote: "up" | "down", reason?: FeedbackReason) => void;
  copy: (turn: Turn, status: HTMLElement) => void;
  share: (turn: Turn, status: HTMLElement) => void;
}

// Below this the core phrases its answer as a hedge (worker/core/tuning.ts LOW_CONFIDENCE); the widget marks it.
const LOW_CONFIDENCE = 0.6;
// A rank question (排第几) wants the rank first, not the amount. The core does not say which part of a fact
// was asked, so the widget reads it off the question: a stopgap until the API's fact names it.

/** The quote in the reader's script: the verbatim original is Traditional, the converted quote is the asker's. */
function quoteIn(c: Citation, language: Language) {
  const asked = { quote: c.quote, speaker: c.speaker, section: c.section, lang: c.lang };
  if (c.lang === language || !c.original.quote || language !== "zh-Hant") return asked;
  return { ...c.original, lang: "zh-Hant" as const };
}

function renderCitation(c: Citation, view: ReplyView, { collapsed = false } = {}): HTMLElement {
  const { t, language } = view;
  const shown = quoteIn(c, language);
  const q = h("q", { lang: shown.lang }, shown.quote);
  q.hidden = collapsed;
  const differs = shown.quote !== c.original.quote && c.original.quote !== "";
  let original = false;
  const swap = differs
    ? h(
        "button",
        {
          type: "button",
          class: "swap",
          "aria-pressed": "false",
          onclick: () => {
            original = !original;
            q.textContent = original ? c.original.quote : shown.quote;
            q.lang = original ? "zh-Hant" : shown.lang;
            q.hidden = false;
            swap!.setAttribute("aria-pressed", String(original));
          },
        },
        t.showOriginal,
      )
    : null;
  const reveal =
    collapsed &&
    h(
      "button",
      {
        type: "button",
        class: "swap",
        "aria-expanded": "false",
        onclick: (e) => {
          q.hidden = !q.hidden;
          (e.currentTarget as HTMLElement).setAttribute("aria-expanded", String(!q.hidden));
        },
      },
      t.showQuote,
    );
  return h(
    "div",
    { class: "card", "data-id": c.id },
    q,
    h(
      "div",
      { class: "src" },
      h(
        "a",
        { class: "cite", href: view.link(c), target: "_blank", rel: "noopener", lang: shown.lang },
        [shown.speaker, shown.section].filter(Boolean).join(" · "),
      ),
      reveal,
      swap,
    ),
  );
}

/** The answer text, or its lead-in and its points as a list when the core gave them. */
function renderText(reply: Reply): HTMLElement[] {
  const points = reply.list ?? [];
  if (!points.length) return [h("p", { class: "text" }, reply.answer)];
  const at = reply.answer.indexOf(points[0]!);
  const lead = at > 0 ? reply.answer.slice(0, at) : "";
  return [
    ...(lead ? [h("p", { class: "text" }, lead)] : []),
    h("ol", { class: "points" }, ...points.map((p) => h("li", null, p))),
  ];
}

export function renderReply(turn: Turn, reply: Reply, view: ReplyView): HTMLElement {
  const { t } = view;
  const status = h("span", { role: "status" });
  const vote = (v: "up" | "down") =>
    h(
      "button",
      {
        class: v,
        type: "button",
        "aria-label": t[v],
        title: t[v],
        "aria-pressed": String(turn.vote === v),
        onclick: () => {
          if (v === "up") {
            view.vote(turn, "up");
            reasons.hidden = true;
            status.textContent = t.thanks;
            pressed();
          } else reasons.hidden = !reasons.hidden;
          if (reasons.hidden) return;
          const first = reasons.querySelector("button") as HTMLButtonElement;
          first.focus();
          // The textbox's blur may bring the chips back (keyboard down) and shrink the log: scroll after that.
          setTimeout(() => reasons.scrollIntoView({ block: "nearest" }), 50);
        },
      },
      icon(ICONS.up),
    );
  // 👎 asks why; the reason goes with the vote.
  const reasons = h(
    "div",
    { class: "reasons", role: "group", "aria-label": t.why },
    h("span", null, t.why),
    ...FEEDBACK_REASONS.map((r) =>
      h(
        "button",
        {
          type: "button",
          "aria-pressed": String(turn.reason === r),
          "data-reason": r,
          onclick: () => {
            view.vote(turn, "down", r);
            reasons.hidden = true;
            status.textContent = t.thanks;
            pressed();
            down.focus();
          },
        },
        t[r],
      ),
    ),
  );
  reasons.hidden = true;
  const up = vote("up");
  const down = vote("down");
  const pressed = () => {
    up.setAttribute("aria-pressed", String(turn.vote === "up"));
    down.setAttribute("aria-pressed", String(turn.vote === "down"));
    for (const b of reasons.querySelectorAll("button"))
      b.setAttribute("aria-pressed", String(b.dataset.reason === turn.reason));
  };
  const tool = (label: string, d: string, onclick: () => void) =>
    h("button", { type: "button", "aria-label": label, title: label, onclick }, icon(d));

  const low = reply.found && reply.confidence < LOW_CONFIDENCE;
  // A figure answer leads with the fact asked for, large; its quote waits behind a button, so the figure is
  // said twice (card and sentence), not three times.
  const source = reply.citations[0];
  let fact: HTMLElement | false = false;
  if (reply.fact && source) {
    const { value, measure, period, rank, asked } = reply.fact;
    // The core says what was asked of the fact (a rank question leads with the rank).
    const rankFirst = asked === "rank" && rank;
    const lead = rankFirst ? rank : value;
    const rest = rankFirst ? [value, measure, period] : [measure, period, rank];
    fact = h("div", { class: "fact" }, h("b", null, lead), h("small", null, rest.filter(Boolean).join(" · ")));
  }
  return h(
    "div",
    { class: `msg bot${low ? " low" : ""}` },
    h("span", { class: "sr" }, t.bot),
    low && h("span", { class: "badge" }, t.lowConfidence),
    fact,
    ...renderText(reply),
    reply.citations.length > 0 &&
      h(
        "div",
        { class: "cards", role: "group", "aria-label": t.sources },
        ...reply.citations.map((c, i) => renderCitation(c, view, { collapsed: Boolean(fact) && i === 0 })),
      ),
    reply.related.length > 0 &&
      h(
        "div",
        { class: "cards related", role: "group", "aria-label": t.related },
        h("span", { class: "label" }, t.related),
        ...reply.related.map((c) => renderCitation(c, view)),
      ),
    h(
      "div",
      { class: "tools" },
      tool(t.copy, ICONS.copy, () => view.copy(turn, status)),
      tool(t.share, ICONS.share, () => view.share(turn, status)),
      up,
      down,
      status,
    ),
    reasons,
  );
}
