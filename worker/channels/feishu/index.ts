export { decryptFeishu, encryptFeishu, signFeishu } from "./event-crypt.ts";
export { feishuApp } from "./feishu-app.ts";
export { toFeishuText } from "./reply.ts";
