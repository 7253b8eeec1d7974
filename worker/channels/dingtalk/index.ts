export { dingtalkApp } from "./dingtalk-app.ts";
export { toDingTalkReply } from "./reply.ts";
export { signDingTalk } from "./sign.ts";
