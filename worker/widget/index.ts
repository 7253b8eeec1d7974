// widget.js: `<script src="https://<worker>/widget.js" async></script>` adds the floating chat;
// `data-launcher="off"` only defines `<interview-chat>` for inline use. Defines no global besides the element.
import { InterviewChat } from "./chat-element.ts";

const script = document.currentScript as HTMLScriptElement | null;

if (!customElements.get("interview-chat")) {
  // The API is wherever widget.js came from, so one tag works on any site.
  if (script?.src) InterviewChat.apiBase = new URL(script.src).origin;
  customElements.define("interview-chat", InterviewChat);
  if (script && script.dataset.launcher !== "off") {
    const { title, open } = script.dataset;
    const chat = document.createElement("interview-chat");
    chat.setAttribute("floating", "");
    if (title) chat.setAttribute("chat-title", title);
    // data-offset-x → offset-x, …: the same names as the element's attributes.
    for (const name of ["position", "accent", "language", "label", "theme", "offset-x", "offset-y", "hotkey"]) {
      const value = script.getAttribute(`data-${name}`);
      if (value) chat.setAttribute(name, value);
    }
    if (open !== undefined && open !== "false") chat.setAttribute("open", "");
    const mount = () => document.body.appendChild(chat);
    if (document.body) mount();
    else document.addEventListener("DOMContentLoaded", mount, { once: true });
  }
}
