// A question that got no answer: what went wrong, and a retry; after a 429, a countdown from Retry-After.
import { h } from "./dom.ts";
import type { Turn } from "./session.ts";
import { fill, type Strings } from "./strings.ts";

export function renderFailure(turn: Turn, t: Strings, retry: () => void): HTMLElement {
  const message = h("span", null, t[turn.failure ?? "server"]);
  const button = h("button", { type: "button", onclick: retry }, t.retry);
  // Retry opens when the countdown reaches zero.
  const tick = (first = false) => {
    if (!first && !message.isConnected) return; // redrawn or cleared
    const left = Math.ceil(((turn.retryAt ?? 0) - Date.now()) / 1000);
    button.disabled = left > 0;
    message.textContent = left > 0 ? fill(t.wait, { n: left }) : t[turn.failure ?? "server"];
    if (left > 0) setTimeout(tick, 250);
  };
  if (turn.retryAt) tick(true);
  return h("div", { class: "msg err" }, message, button);
}
