export { corsOrigin } from "./cors-origin.ts";
export { jsonDepth, limitJsonDepth, MAX_JSON_DEPTH } from "./json-depth.ts";
export { apiRateLimit, clientIp, isRateLimited, RATE_LIMIT_PERIOD_SECONDS } from "./rate-limit.ts";
