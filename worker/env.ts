// The worker's bindings. Those declared in wrangler.toml are typed by `npm run types` (wrangler types →
// worker-configuration.d.ts, checked in; test/config/worker-types.test.ts fails when it is stale). The channels'
// secrets live in .dev.vars or `wrangler secret put`, not in wrangler.toml, and each is optional: a channel
// whose settings are missing answers 404 and stays closed, never open unauthenticated. They are declared here.

interface ChannelSecrets {
  /** Official Account: Token of the message server settings (服务器配置). */
  WECHAT_TOKEN?: string;
  /** Official Account AppID: the receiveid of safe mode. */
  WECHAT_APPID?: string;
  /** 43 characters, for safe or compatible mode. A push in another mode than the console's is answered and logged once (docs/WECHAT.md). */
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
  /** Bearer token (or Basic password) of /admin/insights; while unset the admin routes answer 404. */
  ADMIN_TOKEN?: string;
}

declare global {
  interface Env extends ChannelSecrets {}
  namespace Cloudflare {
    interface Env extends ChannelSecrets {}
  }
}

type WorkerEnv = Env;

export type { WorkerEnv as Env };
