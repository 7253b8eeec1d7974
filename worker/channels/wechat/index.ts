export { wechatApp } from "./wechat-app.ts";
