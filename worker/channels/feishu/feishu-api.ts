// The two Feishu server APIs the bot calls: tenant_access_token (自建应用获取 tenant_access_token,
// open.feishu.cn/document/server-docs/authentication-management/access-token/tenant_access_token_internal)
// and 回复消息 (open.feishu.cn/document/server-docs/im-v1/message/reply). Kept apart from the route so that
// the reply is built by a pure function and sent here.

/** Feishu in China; Lark international is https://open.larksuite.com. Tests point it at a local fake. */
export const DEFAULT_FEISHU_API = "https://open.feishu.cn";

export interface FeishuApiOptions {
  base: string;
  appId: string;
  appSecret: string;
}

// A token lives 2 h (`expire`, in seconds); asking again in its last 30 minutes returns a new one (same doc),
// so one token serves every message of an isolate until then.
const REFRESH_BEFORE_S = 30 * 60;
const tokens = new Map<string, { token: string; until: number }>();

// Token errors of the reply API: invalid or expired tenant_access_token (服务端错误码).
const TOKEN_ERRORS = new Set([99991661, 99991663, 99991668]);

export class FeishuApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

async function postJson(url: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json; charset=utf-8",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return { ...data, code: typeof data.code === "number" ? data.code : res.ok ? -1 : -res.status };
}

export async function tenantAccessToken(o: FeishuApiOptions, nowMs = Date.now()): Promise<string> {
  const id = `${o.base}\u0000${o.appId}`;
  const cached = tokens.get(id);
  if (cached && cached.until > nowMs) return cached.token;
  const data = await postJson(`${o.base}/open-apis/auth/v3/tenant_access_token/internal`, {
    app_id: o.appId,
    app_secret: o.appSecret,
  });
  const token = data.tenant_access_token;
  if (data.code !== 0 || typeof token !== "string") {
    throw new FeishuApiError(Number(data.code), `tenant_access_token: ${String(data.msg ?? "no token")}`);
  }
  const expire = typeof data.expire === "number" ? data.expire : 7200;
  tokens.set(id, { token, until: nowMs + Math.max(0, expire - REFRESH_BEFORE_S) * 1000 });
  return token;
}

/** Forgets the cached token (the reply API said it is no longer valid). */
export function dropToken(o: FeishuApiOptions): void {
  tokens.delete(`${o.base}\u0000${o.appId}`);
}

/**
 * Replies to `messageId` with a text message. `uuid` makes the call idempotent on Feishu's side (the same
 * uuid within an hour sends one message): the event id, so a retried event never sends twice.
 */
export async function replyText(o: FeishuApiOptions, messageId: string, text: string, uuid: string): Promise<void> {
  const body = { msg_type: "text", content: JSON.stringify({ text }), uuid: uuid.slice(0, 50) };
  const url = `${o.base}/open-apis/im/v1/messages/${encodeURIComponent(messageId)}/reply`;
  let data = await postJson(url, body, await tenantAccessToken(o));
  if (TOKEN_ERRORS.has(Number(data.code))) {
    dropToken(o);
    data = await postJson(url, body, await tenantAccessToken(o));
  }
  if (data.code !== 0) throw new FeishuApiError(Number(data.code), `reply: ${String(data.msg ?? "failed")}`);
}
