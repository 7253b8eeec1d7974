export { requestLog, toRequestLogLine, type RequestLogLine } from "./request-log.ts";
