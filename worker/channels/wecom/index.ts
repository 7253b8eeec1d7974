export { wecomApp } from "./wecom-app.ts";
export { wecomBotApp } from "./bot-app.ts";
