import type { ChatState } from "./channels/state/chat-state.ts";
import type { ReplayGuard } from "./channels/state/replay-guard.ts";

/**
 * Bindings of the worker (wrangler.toml, .dev.vars, `wrangler secret put`). A channel whose settings are
 * missing answers 404 and stays closed: it is never open unauthenticated.
 */
export interface Env {
  /** Per-user conversation state and MsgId dedup for the WeChat and WeCom channels. */
  CHAT_STATE: DurableObjectNamespace<ChatState>;
  /** Request ids (timestamp + nonce, event ids) seen within the clock-skew window: the replay cache. */
  REPLAY_GUARD: DurableObjectNamespace<ReplayGuard>;
  /** Requests to /api/* per client IP (CF-Connecting-IP): wrangler.toml [[ratelimits]]. */
  API_RATE_LIMITER?: RateLimit;
  /** Messages per user (OpenID / UserID) on /wechat, /wecom and /wecom/bot: wrangler.toml [[ratelimits]]. */
  CHAT_RATE_LIMITER?: RateLimit;
  /** Origins allowed to call the API from a browser, comma-separated, or "*" (the widget runs on any site). */
  ALLOWED_ORIGINS?: string;
  /** "true" adds the question's text to the request log; off by default (readers' questions are theirs). */
  LOG_QUESTIONS?: string;
  /** Official Account: Token of the message server settings (服务器配置). */
  WECHAT_TOKEN?: string;
  /** Official Account AppID: the receiveid of safe mode. */
  WECHAT_APPID?: string;
  /** 43 characters. When set, only encrypted (safe or compatible mode) pushes are accepted. */
  WECHAT_ENCODING_AES_KEY?: string;
  WECOM_TOKEN?: string;
  WECOM_CORP_ID?: string;
  WECOM_ENCODING_AES_KEY?: string;
  /** WeCom intelligent bot (智能机器人): its own Token and EncodingAESKey; receiveid is empty. */
  WECOM_BOT_TOKEN?: string;
  WECOM_BOT_ENCODING_AES_KEY?: string;
  /** DingTalk enterprise-internal robot: the app's AppSecret, which signs every callback (timestamp + sign). */
  DINGTALK_APP_SECRET?: string;
  /** Feishu/Lark app (自建应用): App ID and App Secret, which get the tenant_access_token for replies. */
  FEISHU_APP_ID?: string;
  FEISHU_APP_SECRET?: string;
  /** 事件与回调 → 加密策略: the Verification Token (required) and the Encrypt Key (recommended). */
  FEISHU_VERIFICATION_TOKEN?: string;
  FEISHU_ENCRYPT_KEY?: string;
  /** The open platform's base URL: https://open.feishu.cn by default, https://open.larksuite.com for Lark. */
  FEISHU_API_BASE?: string;
}
