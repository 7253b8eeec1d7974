// The secrets each chat channel needs once it is switched on (<ENV>_CHANNELS=wechat,wecom,…). The names
// are the worker's (worker/env.ts, .dev.vars.example); the web chat and the JSON API need none.
// Production takes the encrypted modes only: WeChat's plaintext mode signs the query, not the message
// body (https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html).

export const CHANNEL_SECRETS: Record<string, string[]> = {
  wechat: ["WECHAT_TOKEN", "WECHAT_APPID", "WECHAT_ENCODING_AES_KEY"],
  wecom: ["WECOM_TOKEN", "WECOM_CORP_ID", "WECOM_ENCODING_AES_KEY"],
  "wecom-bot": ["WECOM_BOT_TOKEN", "WECOM_BOT_ENCODING_AES_KEY"],
  dingtalk: ["DINGTALK_APP_SECRET"],
  // The Encrypt Key is optional to the worker, not in production: with it, events are signed and encrypted.
  feishu: ["FEISHU_APP_ID", "FEISHU_APP_SECRET", "FEISHU_VERIFICATION_TOKEN", "FEISHU_ENCRYPT_KEY"],
};
