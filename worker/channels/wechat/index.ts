export { formatReplyText, MAX_REPLY_BYTES, toWeChatReply } from "./reply.ts";
export { wechatApp } from "./wechat-app.ts";
