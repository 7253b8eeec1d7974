import type { FeedbackReason } from "../api/feedback-reasons.ts";
import { AskError, ask, sendFeedback } from "./api.ts";
import { h, ICONS, icon, textOn } from "./dom.ts";
import { pageData } from "./page-data.ts";
import { renderFailure } from "./render-failure.ts";
import { type ReplyView, renderReply } from "./render-reply.ts";
import { loadSession, type Session, saveSession, type Turn } from "./session.ts";
import { sourceUrl } from "./source-url.ts";
import { fill, type Language, resolveLanguage, type Strings, strings } from "./strings.ts";
import { STYLE } from "./style.ts";

// The API keeps at most 10 earlier questions; follow-ups only ever look a few back.
const HISTORY_TURNS = 6;
const DEFAULT_ACCENT = "#0b57d0";
// The API's limit (worker/api/schemas.ts MAX_QUESTION_CHARS); the counter shows from 80% of it.
const MAX_CHARS = 500;
const COUNT_FROM = 400;
// With the on-screen keyboard up a phone shows ~400 px of page; under this the chips fold away.
const KEYBOARD_VIEWPORT_PX = 500;
const UNDO_MS = 10_000;

let sheet: CSSStyleSheet | undefined;

/**
 * `<interview-chat>`: the chat in a shadow root. Inline by default; `floating` adds the launcher button and
 * a panel (both in the top layer as popovers, so a filtered or transformed host body cannot move them);
 * `fullpage` fills the window. Attributes: chat-title, language (zh-Hans | zh-Hant | auto), accent,
 * position (left | right), label, offset-x, offset-y, theme (light | dark | auto), hotkey (off), open, api.
 */
export class InterviewChat extends HTMLElement {
  static apiBase = location.origin;

  private base = "";
  private language: Language = "zh-Hans";
  private t!: Strings;
  private session!: Session;
  private busy = false;
  private floating = false;
  private isOpen = false;
  private root!: ShadowRoot;
  private wrapper!: HTMLElement;
  private log!: HTMLElement;
  private live!: HTMLElement;
  private chips!: HTMLElement;
  private undoBar!: HTMLElement;
  private input!: HTMLTextAreaElement;
  private count!: HTMLElement;
  private countText!: HTMLElement;
  private sendButton!: HTMLButtonElement;
  private panel!: HTMLElement;
  private launcher?: HTMLButtonElement;
  private cleared?: Turn[];
  private undoTimer?: ReturnType<typeof setTimeout>;
  private saveTimer?: ReturnType<typeof setTimeout>;

  connectedCallback() {
    if (this.shadowRoot) return;
    this.root = this.attachShadow({ mode: "open" });
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    this.root.adoptedStyleSheets = [sheet];

    this.base = (this.getAttribute("api") ?? InterviewChat.apiBase).replace(/\/+$/, "");
    this.floating = this.hasAttribute("floating");
    this.session = loadSession(this.base);
    this.language =
      this.session.language ??
      resolveLanguage(this.getAttribute("language"), navigator.languages ?? [navigator.language]);
    this.render();

    document.addEventListener("keydown", (e) => this.onDocumentKey(e));
    window.visualViewport?.addEventListener("resize", () => this.fitViewport());
    window.visualViewport?.addEventListener("scroll", () => this.fitViewport());
    addEventListener("pagehide", () => this.save());

    if (this.floating && this.hasAttribute("open")) this.open(false);
    else this.restoreScroll();
    // A shared link (/?q=…) asks its question once, on the full page only.
    const shared = this.hasAttribute("fullpage") && new URLSearchParams(location.search).get("q");
    if (shared) {
      history.replaceState(history.state, "", location.pathname + location.hash);
      void this.send(shared);
    }
  }

  /** Builds the whole panel in the current language (again after the 简/繁 switch). */
  private render() {
    this.t = strings[this.language];
    const t = this.t;
    const title = this.getAttribute("chat-title") || t.title;
    const fullpage = this.hasAttribute("fullpage");

    this.log = h("div", { class: "log", role: "region", "aria-label": t.log, tabindex: "-1" });
    this.log.addEventListener("scroll", () => this.saveSoon(), { passive: true });
    // Only the answer sentence is announced, not the whole turn (question, card, quotes, tools).
    this.live = h("div", { class: "sr", role: "status", "aria-live": "polite", "aria-atomic": "true" });
    this.chips = h("div", { class: "chips", role: "group", "aria-label": t.suggestions });
    this.undoBar = h("div", { class: "undo", role: "status" });
    this.input = h("textarea", {
      rows: "1",
      "aria-label": t.input,
      "aria-describedby": "count-text",
      placeholder: matchMedia("(pointer:coarse)").matches ? t.placeholderTouch : t.placeholder,
      enterkeyhint: "send",
      onkeydown: (e) => this.onKey(e as KeyboardEvent),
      oninput: () => this.onInput(),
      onfocus: () => this.fitViewport(),
      onblur: () => setTimeout(() => this.fitViewport(), 0),
    });
    this.count = h("span", { class: "count", "aria-hidden": "true" });
    this.countText = h("span", { class: "sr", id: "count-text" });
    this.sendButton = h(
      "button",
      { class: "send", type: "submit", "aria-label": t.send, title: t.send },
      icon(ICONS.send),
    );
    const form = h(
      "form",
      {
        onsubmit: (e) => {
          e.preventDefault();
          this.send(this.input.value);
        },
      },
      this.input,
      this.count,
      this.countText,
      this.sendButton,
    );
    const button = (cls: string, label: string, d: string, onclick: () => void, text?: string) =>
      h(
        "button",
        { class: `icon ${cls}`, type: "button", "aria-label": label, title: label, onclick },
        text ? h("span", { "aria-hidden": "true" }, text) : icon(d),
      );
    const header = h(
      "header",
      null,
      h(
        "div",
        { class: "titles" },
        h(fullpage ? "h1" : "h2", { id: "title" }, title),
        h(
          "p",
          { class: "about" },
          `${pageData.about[this.language]} · `,
          h("a", { href: sourceUrl(this.base, this.language), target: "_blank", rel: "noopener" }, t.readOriginal),
        ),
      ),
      button("script", t.switchScript, "", () => this.switchLanguage(), t.scriptLabel),
      button("clear", t.clear, ICONS.clear, () => this.clear()),
      this.floating && button("expand", t.expand, ICONS.expand, () => this.toggleExpanded()),
      this.floating && button("close", t.close, ICONS.close, () => this.close()),
    );
    this.panel = h(
      "section",
      {
        class: "panel",
        id: "panel",
        role: this.floating ? "dialog" : "region",
        "aria-labelledby": "title",
        lang: this.language,
        onkeydown: (e) => this.onPanelKey(e as KeyboardEvent),
      },
      header,
      this.log,
      this.undoBar,
      this.chips,
      form,
      this.live,
    );
    this.undoBar.hidden = true;

    const theme = this.getAttribute("theme");
    const classes = [
      "root",
      this.floating ? "floating" : fullpage ? "fullpage" : "",
      this.getAttribute("position") === "left" ? "left" : "",
      this.language === "zh-Hant" ? "hant" : "",
      theme === "light" || theme === "dark" ? theme : "",
      this.wrapper?.classList.contains("expanded") ? "expanded" : "",
    ];
    const wrapper = h("div", { class: classes.filter(Boolean).join(" ") });
    for (const axis of ["x", "y"]) {
      const offset = Number(this.getAttribute(`offset-${axis}`));
      if (offset > 0) wrapper.style.setProperty(`--d${axis}`, `${Math.min(offset, 400)}px`);
    }
    const popover = this.floating && "showPopover" in HTMLElement.prototype;
    if (this.floating) {
      this.launcher = h(
        "button",
        {
          class: "launcher",
          type: "button",
          title: t.open,
          "aria-controls": "panel",
          "aria-expanded": String(this.isOpen),
          popover: popover ? "manual" : undefined,
          onclick: () => (this.isOpen ? this.close() : this.open()),
        },
        icon(ICONS.chat),
        h("span", null, this.getAttribute("label") || t.launch),
      );
      wrapper.appendChild(this.launcher);
      if (popover) this.panel.setAttribute("popover", "manual");
    }
    wrapper.appendChild(this.panel);
    this.wrapper?.remove();
    this.wrapper = wrapper;
    this.root.appendChild(wrapper);
    this.setAccent(wrapper, this.getAttribute("accent"));
    if (popover) this.launcher!.showPopover();
    this.showPanel(!this.floating || this.isOpen);

    this.renderLog();
    this.onInput();
  }

  private renderLog() {
    const turns = this.session.turns;
    this.log.replaceChildren(...turns.map((turn) => this.renderTurn(turn)));
    if (!turns.length) {
      // The welcome is part of widget.js: nothing to wait for.
      this.log.appendChild(h("div", { class: "msg bot welcome" }, pageData.welcome[this.language].text));
    }
    this.renderChips();
  }

  open(focus = true) {
    this.isOpen = true;
    this.showPanel(true);
    this.launcher?.setAttribute("aria-expanded", "true");
    this.restoreScroll();
    if (focus) this.input.focus();
  }

  close() {
    if (!this.floating) return;
    this.save();
    this.isOpen = false;
    this.showPanel(false);
    this.launcher?.setAttribute("aria-expanded", "false");
    this.launcher?.focus();
  }

  private showPanel(show: boolean) {
    if (this.panel.hasAttribute("popover")) {
      if (show) {
        // Over the launcher: the later popover is on top.
        this.panel.showPopover();
      } else if (this.panel.matches(":popover-open")) this.panel.hidePopover();
    } else this.panel.hidden = !show;
  }

  private toggleExpanded() {
    const expanded = this.wrapper.classList.toggle("expanded");
    const button = this.root.querySelector<HTMLButtonElement>(".expand")!;
    const label = expanded ? this.t.shrink : this.t.expand;
    button.setAttribute("aria-label", label);
    button.title = label;
    button.replaceChildren(icon(expanded ? ICONS.shrink : ICONS.expand));
  }

  private switchLanguage() {
    this.language = this.language === "zh-Hans" ? "zh-Hant" : "zh-Hans";
    this.session.language = this.language;
    this.save();
    this.render();
    this.restoreScroll();
    this.root.querySelector<HTMLButtonElement>(".script")!.focus();
  }

  private setAccent(wrapper: HTMLElement, accent: string | null) {
    const colour = accent && CSS.supports("color", accent) ? accent : DEFAULT_ACCENT;
    wrapper.style.setProperty("--accent", colour);
    // Text on the accent is black or white by contrast, so any brand colour stays readable.
    wrapper.style.setProperty("--on-accent", textOn(resolveColour(wrapper, colour)));
  }

  private onDocumentKey(e: KeyboardEvent) {
    // Ctrl+K (⌘K on a Mac) opens the chat from anywhere on the page; hotkey="off" leaves it to the host.
    if (this.getAttribute("hotkey") === "off") return;
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "k") {
      e.preventDefault();
      if (this.floating && !this.isOpen) this.open();
      else this.input.focus();
    }
  }

  private onKey(e: KeyboardEvent) {
    // Enter while an IME is composing picks a candidate; it must not send.
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      void this.send(this.input.value);
    }
  }

  private onPanelKey(e: KeyboardEvent) {
    if (e.key === "Escape" && this.floating) {
      e.stopPropagation();
      this.close();
    }
  }

  private onInput() {
    this.input.style.height = "auto";
    if (this.input.value) this.input.style.height = `${this.input.scrollHeight + 2}px`;
    const n = [...this.input.value].length;
    this.count.textContent = n >= COUNT_FROM ? `${n}/${MAX_CHARS}` : "";
    this.count.classList.toggle("over", n > MAX_CHARS);
    this.countText.textContent = n >= COUNT_FROM ? fill(this.t.counter, { n, max: MAX_CHARS }) : "";
    this.input.setAttribute("aria-invalid", String(n > MAX_CHARS));
  }

  /** With the on-screen keyboard up: the panel fits what is visible and the chips fold away. */
  private fitViewport() {
    const vv = window.visualViewport;
    if (!vv) return;
    const keyboard = this.root.activeElement === this.input && vv.height < KEYBOARD_VIEWPORT_PX;
    this.wrapper.classList.toggle("keyboard", keyboard);
    this.wrapper.style.setProperty("--vh", `${Math.round(vv.height)}px`);
    // iOS scrolls the layout viewport under the keyboard: the panel follows what is visible.
    this.wrapper.style.setProperty("--vt", `${Math.round(vv.offsetTop)}px`);
  }

  private async send(text: string, retry?: Turn) {
    const question = text.trim();
    if (!question || this.busy) return;
    // A chip or retry button is about to go: focus goes to the textbox, not to <body>.
    if (this.root.activeElement !== this.input) this.input.focus();
    if ([...question].length > MAX_CHARS) {
      this.announce(fill(this.t.tooLong, { max: MAX_CHARS }));
      return;
    }
    // While a 429's countdown runs, asking again would only be refused again.
    const wait = Math.max(0, ...this.session.turns.map((t) => t.retryAt ?? 0)) - Date.now();
    if (wait > 0) {
      this.announce(fill(this.t.wait, { n: Math.ceil(wait / 1000) }));
      return;
    }
    this.hideUndo();
    const turns = this.session.turns;
    const turn: Turn = retry ?? { question };
    if (retry) {
      delete turn.failure;
      delete turn.retryAt;
    } else {
      if (!turns.length) this.log.replaceChildren(); // the welcome
      turns.push(turn);
      this.input.value = "";
      this.onInput();
    }
    const history = turns
      .slice(0, turns.indexOf(turn))
      .filter((earlier) => earlier.reply)
      .slice(-HISTORY_TURNS)
      .map((earlier) => earlier.question);
    this.setBusy(true);
    const el = this.turnElement(turn) ?? this.log.appendChild(this.renderTurn(turn));
    this.fillTurn(el, turn);
    this.scrollToTurn(el);
    try {
      turn.reply = await ask(this.base, question, history);
      this.announce(turn.reply.answer);
    } catch (err) {
      const failure = err instanceof AskError ? err : new AskError("server");
      turn.failure = failure.failure;
      if (failure.retryAfter) turn.retryAt = Date.now() + failure.retryAfter * 1000;
      this.announce(this.t[turn.failure]);
    }
    this.setBusy(false);
    this.save();
    this.fillTurn(el, turn);
    this.scrollToTurn(el);
  }

  private announce(text: string) {
    this.live.textContent = "";
    // A fresh text node after a tick, so the same words twice are still announced twice.
    setTimeout(() => {
      this.live.textContent = text;
    }, 50);
  }

  private setBusy(busy: boolean) {
    this.busy = busy;
    this.sendButton.disabled = busy;
    this.log.setAttribute("aria-busy", String(busy));
    this.renderChips();
  }

  private turnElement(turn: Turn): HTMLElement | null {
    return this.log.querySelector(`[data-turn="${this.session.turns.indexOf(turn)}"]`);
  }

  /** The question's top at the top of the log: a new answer is read from its start, not its end. */
  private scrollToTurn(el: HTMLElement) {
    this.log.scrollTop = el.offsetTop - 12;
    this.saveSoon();
  }

  private restoreScroll() {
    const { scroll } = this.session;
    if (scroll !== undefined) this.log.scrollTop = scroll;
    else {
      const last = this.log.lastElementChild as HTMLElement | null;
      if (last) this.log.scrollTop = last.offsetTop - 12;
    }
  }

  private renderTurn(turn: Turn): HTMLElement {
    const wrap = h(
      "div",
      { class: "turn", "data-turn": String(this.session.turns.indexOf(turn)) },
      h("div", { class: "msg user" }, h("span", { class: "sr" }, this.t.you), turn.question),
    );
    this.fillTurn(wrap, turn);
    return wrap;
  }

  /** Puts the answer (or the wait, or the error) under the question, which stays as it is. */
  private fillTurn(wrap: HTMLElement, turn: Turn) {
    const t = this.t;
    const hadFocus = wrap.contains(this.root.activeElement);
    let body: HTMLElement;
    if (turn.reply) body = renderReply(turn, turn.reply, this.replyView());
    else if (turn.failure) body = renderFailure(turn, t, () => this.send(turn.question, turn));
    else body = h("div", { class: "msg bot typing" }, h("span", null, t.answering), h("i"), h("i"), h("i"));
    const old = wrap.children[1];
    if (old) old.replaceWith(body);
    else wrap.appendChild(body);
    if (hadFocus && !wrap.contains(this.root.activeElement)) this.input.focus();
  }

  private replyView(): ReplyView {
    return {
      t: this.t,
      language: this.language,
      link: (c) => sourceUrl(this.base, this.language, c.url, c.id),
      vote: (turn, vote, reason) => this.vote(turn, vote, reason),
      copy: (turn, status) => this.copy(this.copyText(turn), status, this.t.copied),
      share: (turn, status) => this.copy(`${this.base}/?q=${encodeURIComponent(turn.question)}`, status, this.t.shared),
    };
  }

  private renderChips() {
    const last = this.session.turns.at(-1);
    const list = this.busy ? [] : last ? (last.reply?.suggestions ?? []) : pageData.welcome[this.language].suggestions;
    this.chips.replaceChildren(
      ...list.map((s) => h("button", { class: "chip", type: "button", onclick: () => this.send(s) }, s)),
    );
  }

  private vote(turn: Turn, vote: "up" | "down", reason?: FeedbackReason) {
    if (!turn.reply || (turn.vote === vote && turn.reason === reason)) return;
    turn.vote = vote;
    if (reason) turn.reason = reason;
    else delete turn.reason;
    this.save();
    void sendFeedback(this.base, {
      question: turn.question,
      answer: turn.reply.answer.slice(0, 2000),
      vote,
      citation: turn.reply.citations[0]?.id || undefined,
      answerId: turn.reply.id,
      reason,
    });
  }

  private copyText(turn: Turn): string {
    const reply = turn.reply!;
    const source = reply.citations[0];
    return source
      ? `${reply.answer}\n${this.t.source}${sourceUrl(this.base, this.language, source.url, source.id)}`
      : reply.answer;
  }

  private async copy(text: string, status: HTMLElement, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
    } catch {
      status.textContent = this.t.copyFailed;
    }
  }

  /** Clears the conversation, with an undo for the next few seconds. */
  private clear() {
    if (!this.session.turns.length) return;
    this.cleared = this.session.turns;
    this.session.turns = [];
    delete this.session.scroll;
    this.save();
    this.renderLog();
    this.undoBar.replaceChildren(
      h("span", null, this.t.cleared),
      h("button", { type: "button", onclick: () => this.undoClear() }, this.t.undo),
    );
    this.undoBar.hidden = false;
    clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => this.hideUndo(), UNDO_MS);
    this.input.focus();
  }

  private undoClear() {
    if (this.cleared) this.session.turns = this.cleared;
    this.hideUndo();
    this.save();
    this.renderLog();
    this.restoreScroll();
    this.input.focus();
  }

  private hideUndo() {
    this.cleared = undefined;
    this.undoBar.hidden = true;
    this.undoBar.replaceChildren();
  }

  private saveSoon() {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), 200);
  }

  private save() {
    // The log has no layout while the panel is closed: keep the last scroll position then.
    if (this.log.getClientRects().length) this.session.scroll = this.log.scrollTop;
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
