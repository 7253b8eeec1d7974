export { wechatApp } from "./wechat-app.ts";
export { formatReplyText, toWeChatReply, MAX_REPLY_BYTES } from "./reply.ts";
