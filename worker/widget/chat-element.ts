import { AskError, ask, greet, type Reply, sendFeedback } from "./api.ts";
import { h, ICONS, icon, textOn } from "./dom.ts";
import { loadSession, type Session, saveSession, type Turn } from "./session.ts";
import { resolveLanguage, type Strings, strings } from "./strings.ts";
import { STYLE } from "./style.ts";

// The API keeps at most 10 earlier questions; follow-ups only ever look a few back.
const HISTORY_TURNS = 6;
const DEFAULT_ACCENT = "#0b57d0";

let sheet: CSSStyleSheet | undefined;

/**
 * `<interview-chat>`: the chat in a shadow root. Inline by default; `floating` adds the launcher button and
 * a panel; `fullpage` fills the window. Attributes: chat-title, language (zh-Hans | zh-Hant | auto),
 * accent, position (left | right), open, api (defaults to the origin widget.js was loaded from).
 */
export class InterviewChat extends HTMLElement {
  static apiBase = location.origin;

  private base = "";
  private t!: Strings;
  private session!: Session;
  private busy = false;
  private floating = false;
  private log!: HTMLElement;
  private chips!: HTMLElement;
  private input!: HTMLTextAreaElement;
  private sendButton!: HTMLButtonElement;
  private panel!: HTMLElement;
  private launcher?: HTMLButtonElement;
  private welcome?: HTMLElement;

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];

    this.base = (this.getAttribute("api") ?? InterviewChat.apiBase).replace(/\/+$/, "");
    const language = resolveLanguage(this.getAttribute("language"), navigator.languages ?? [navigator.language]);
    this.t = strings[language];
    this.floating = this.hasAttribute("floating");
    this.session = loadSession(this.base);
    const t = this.t;
    const title = this.getAttribute("chat-title") || t.title;

    this.log = h("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": t.log, tabindex: "-1" });
    this.chips = h("div", { class: "chips", role: "group", "aria-label": t.suggestions });
    this.input = h("textarea", {
      rows: "1",
      maxlength: "500",
      "aria-label": t.input,
      placeholder: t.placeholder,
      enterkeyhint: "send",
      onkeydown: (e) => this.onKey(e as KeyboardEvent),
      oninput: () => this.grow(),
    });
    this.sendButton = h(
      "button",
      { class: "send", type: "submit", "aria-label": t.send, title: t.send },
      icon(ICONS.send),
    );
    const form = h(
      "form",
      { onsubmit: (e) => (e.preventDefault(), this.send(this.input.value)) },
      this.input,
      this.sendButton,
    );
    const header = h(
      "header",
      null,
      h("h2", { id: "title" }, title),
      h(
        "button",
        { class: "icon", type: "button", "aria-label": t.clear, title: t.clear, onclick: () => this.clear() },
        icon(ICONS.clear),
      ),
      this.floating &&
        h(
          "button",
          { class: "icon", type: "button", "aria-label": t.close, title: t.close, onclick: () => this.close() },
          icon(ICONS.close),
        ),
    );
    this.panel = h(
      "section",
      {
        class: "panel",
        id: "panel",
        role: this.floating ? "dialog" : "region",
        "aria-labelledby": "title",
        lang: language,
        onkeydown: (e) => this.onPanelKey(e as KeyboardEvent),
      },
      header,
      this.log,
      this.chips,
      form,
    );
    const position = this.getAttribute("position") === "left" ? " left" : "";
    const mode = this.floating ? " floating" : this.hasAttribute("fullpage") ? " fullpage" : "";
    const wrapper = h("div", { class: `root${mode}${position}${language === "zh-Hant" ? " hant" : ""}` });
    if (this.floating) {
      this.launcher = h(
        "button",
        {
          class: "launcher",
          type: "button",
          "aria-label": title,
          title: t.open,
          "aria-controls": "panel",
          "aria-expanded": "false",
          onclick: () => (this.panel.hidden ? this.open() : this.close()),
        },
        icon(ICONS.chat),
      );
      this.panel.hidden = true;
      wrapper.appendChild(this.launcher);
    }
    wrapper.appendChild(this.panel);
    root.appendChild(wrapper);
    this.setAccent(wrapper, this.getAttribute("accent"));

    this.session.turns.forEach((turn) => this.log.appendChild(this.renderTurn(turn)));
    this.renderChips();
    if (!this.floating) this.start();
    else if (this.hasAttribute("open")) this.open(false);
  }

  open(focus = true) {
    this.panel.hidden = false;
    this.launcher?.setAttribute("aria-expanded", "true");
    this.start();
    this.scrollDown();
    if (focus) this.input.focus();
  }

  close() {
    if (!this.floating) return;
    this.panel.hidden = true;
    this.launcher?.setAttribute("aria-expanded", "false");
    this.launcher?.focus();
  }

  private setAccent(wrapper: HTMLElement, accent: string | null) {
    const colour = accent && CSS.supports("color", accent) ? accent : DEFAULT_ACCENT;
    wrapper.style.setProperty("--accent", colour);
    // Text on the accent is black or white by contrast, so any brand colour stays readable.
    wrapper.style.setProperty("--on-accent", textOn(resolveColour(wrapper, colour)));
  }

  /** The welcome text and starter questions, fetched once per session from the API's greeting. */
  private async start() {
    if (this.session.turns.length) return;
    if (!this.session.welcome) {
      try {
        this.session.welcome = await greet(this.base, this.t.greet);
        this.save();
      } catch {
        return; // No welcome is no loss: the reader can still ask, and that request reports its own error.
      }
    }
    if (this.session.turns.length || this.welcome) return;
    this.welcome = h("div", { class: "msg bot" }, this.session.welcome.answer);
    this.log.insertBefore(this.welcome, this.log.firstChild);
    this.renderChips();
  }

  private onKey(e: KeyboardEvent) {
    // Enter while an IME is composing picks a candidate; it must not send.
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      this.send(this.input.value);
    }
  }

  private onPanelKey(e: KeyboardEvent) {
    if (e.key === "Escape" && this.floating) {
      e.stopPropagation();
      this.close();
    }
  }

  private grow() {
    this.input.style.height = "auto";
    this.input.style.height = `${this.input.scrollHeight + 2}px`;
  }

  private async send(text: string, retry?: Turn) {
    const question = text.trim();
    if (!question || this.busy) return;
    const turns = this.session.turns;
    const turn: Turn = retry ?? { question };
    if (retry) delete turn.failure;
    else {
      turns.push(turn);
      this.input.value = "";
      this.grow();
    }
    const history = turns
      .slice(0, turns.indexOf(turn))
      .filter((earlier) => earlier.reply)
      .slice(-HISTORY_TURNS)
      .map((earlier) => earlier.question);
    this.welcome?.remove();
    this.setBusy(true);
    this.show(turn);
    try {
      turn.reply = await ask(this.base, question, history);
    } catch (err) {
      turn.failure = err instanceof AskError ? err.failure : "server";
    }
    this.setBusy(false);
    this.save();
    this.show(turn);
  }

  private setBusy(busy: boolean) {
    this.busy = busy;
    this.sendButton.disabled = busy;
    this.log.setAttribute("aria-busy", String(busy));
    this.renderChips();
  }

  /** Draws a turn, or redraws it in place; focus inside the old drawing moves to the input. */
  private show(turn: Turn) {
    const index = this.session.turns.indexOf(turn);
    const old = this.log.querySelector(`[data-turn="${index}"]`);
    const fresh = this.renderTurn(turn);
    if (old) {
      const hadFocus = old.contains(this.shadowRoot!.activeElement);
      old.replaceWith(fresh);
      if (hadFocus) this.input.focus();
    } else this.log.appendChild(fresh);
    this.scrollDown();
  }

  private renderTurn(turn: Turn): HTMLElement {
    const t = this.t;
    const wrap = h(
      "div",
      { class: "turn", "data-turn": String(this.session.turns.indexOf(turn)) },
      h("div", { class: "msg user" }, h("span", { class: "sr" }, t.you), turn.question),
    );
    if (turn.reply) wrap.appendChild(this.renderReply(turn, turn.reply));
    else if (turn.failure) {
      wrap.appendChild(
        h(
          "div",
          { class: "msg err" },
          h("span", null, t[turn.failure]),
          h("button", { type: "button", onclick: () => this.send(turn.question, turn) }, t.retry),
        ),
      );
    } else {
      wrap.appendChild(h("div", { class: "msg bot typing" }, h("span", null, t.answering), h("i"), h("i"), h("i")));
    }
    return wrap;
  }

  private renderReply(turn: Turn, reply: Reply): HTMLElement {
    const t = this.t;
    const cards = reply.citations.map((c) =>
      h(
        "a",
        { class: "card", href: this.safeUrl(c.url, c.id), target: "_blank", rel: "noopener" },
        h("q", null, c.quote),
        h("small", null, [c.speaker, c.section].filter(Boolean).join(" · ")),
      ),
    );
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
          onclick: () => this.vote(turn, v, status),
        },
        icon(ICONS.up),
      );
    const up = vote("up");
    const down = vote("down");
    const copy = h(
      "button",
      { type: "button", "aria-label": t.copy, title: t.copy, onclick: () => this.copy(reply.answer, status) },
      icon(ICONS.copy),
    );
    // A figure answer leads with its fact: the value large, what and when small, the source one tap away.
    const source = reply.citations[0];
    const fact =
      reply.fact &&
      source &&
      h(
        "a",
        { class: "fact", href: this.safeUrl(source.url, source.id), target: "_blank", rel: "noopener" },
        h("b", null, reply.fact.value),
        h("small", null, [reply.fact.measure, reply.fact.period, reply.fact.rank].filter(Boolean).join(" · ")),
      );
    return h(
      "div",
      { class: "msg bot" },
      h("span", { class: "sr" }, t.bot),
      fact,
      h("p", null, reply.answer),
      cards.length > 0 && h("div", { class: "cards", role: "group", "aria-label": t.sources }, ...cards),
      h("div", { class: "tools" }, copy, up, down, status),
    );
  }

  private renderChips() {
    const last = this.session.turns.at(-1);
    const list = this.busy ? [] : last ? (last.reply?.suggestions ?? []) : (this.session.welcome?.suggestions ?? []);
    this.chips.replaceChildren(
      ...list.map((s) => h("button", { class: "chip", type: "button", onclick: () => this.send(s) }, s)),
    );
  }

  private vote(turn: Turn, vote: "up" | "down", status: HTMLElement) {
    if (turn.vote === vote || !turn.reply) return;
    turn.vote = vote;
    this.save();
    for (const b of status.parentElement!.querySelectorAll<HTMLButtonElement>(".up,.down"))
      b.setAttribute("aria-pressed", String(b.classList.contains(vote)));
    status.textContent = this.t.thanks;
    void sendFeedback(this.base, {
      question: turn.question,
      answer: turn.reply.answer.slice(0, 2000),
      vote,
      citation: turn.reply.citations[0]?.id || undefined,
    });
  }

  private async copy(text: string, status: HTMLElement) {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = this.t.copied;
    } catch {
      status.textContent = this.t.copyFailed;
    }
  }

  private clear() {
    this.session.turns = [];
    this.save();
    this.log.replaceChildren();
    this.welcome = undefined;
    this.renderChips();
    this.start();
    this.input.focus();
  }

  // Citation links come from the API; anything but http(s) falls back to the source page's anchor.
  private safeUrl(url: string, id: string): string {
    try {
      const u = new URL(url, this.base);
      if (u.protocol === "https:" || u.protocol === "http:") return u.href;
    } catch {}
    return `${this.base}/source#${encodeURIComponent(id)}`;
  }

  private scrollDown() {
    this.log.scrollTop = this.log.scrollHeight;
  }

  private save() {
    saveSession(this.base, this.session);
  }
}

function resolveColour(wrapper: HTMLElement, colour: string): string {
  const probe = h("i");
  probe.style.color = colour;
  wrapper.appendChild(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  return rgb;
}
