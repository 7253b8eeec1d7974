export { type RequestLogLine, requestLog, toRequestLogLine } from "./request-log.ts";
