// widget.js: `<script src="https://<worker>/widget.js" async></script>` adds the floating chat;
// `data-launcher="off"` only defines `<interview-chat>` for inline use. Defines no global besides the element.
import { InterviewChat } from "./chat-element.ts";

const script = document.currentScript as HTMLScriptElement | null;

if (!customElements.get("interview-chat")) {
  // The API is wherever widget.js came from, so one tag works on any site.
  if (script?.src) InterviewChat.apiBase = new URL(script.src).origin;
  customElements.define("interview-chat", InterviewChat);
  if (script && script.dataset.launcher !== "off") {
    const { title, position, accent, language, open } = script.dataset;
    const chat = document.createElement("interview-chat");
    chat.setAttribute("floating", "");
    if (title) chat.setAttribute("chat-title", title);
    if (position) chat.setAttribute("position", position);
    if (accent) chat.setAttribute("accent", accent);
    if (language) chat.setAttribute("language", language);
    if (open !== undefined && open !== "false") chat.setAttribute("open", "");
    const mount = () => document.body.appendChild(chat);
    if (document.body) mount();
    else document.addEventListener("DOMContentLoaded", mount, { once: true });
  }
}
