export { wecomBotApp } from "./bot-app.ts";
export { wecomApp } from "./wecom-app.ts";
