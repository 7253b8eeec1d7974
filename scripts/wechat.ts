// npm run wechat -- "问题" [--aes] [--compat] [--wecom] [--event subscribe] [--user oUSER] [--url http://127.0.0.1:8787]
// npm run wechat -- --doctor https://<worker>   (checks a deployment's URL check and a test message: wechat-doctor.ts)
// Plays the WeChat (or WeCom) platform against a running worker (`npm run dev`): signs the query like the
// platform, optionally encrypts, posts the XML, checks and opens the reply, prints its text. Settings come
// from the environment or .dev.vars, the same values the worker reads.
import { parseArgs } from "node:util";
import { createMsgCrypt, type MsgCrypt } from "../worker/channels/common/msg-crypt.ts";
import { parseFlatXml } from "../worker/channels/common/xml.ts";
import { fail, readSettings } from "./dev-settings.ts";
import { platformSignature } from "./platform-signature.ts";
import { runDoctor } from "./wechat-doctor.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    aes: { type: "boolean" },
    compat: { type: "boolean" },
    wecom: { type: "boolean" },
    event: { type: "string" },
    user: { type: "string", default: "o_cli_simulated_user" },
    account: { type: "string", default: "gh_cli_account" },
    url: { type: "string", default: "http://127.0.0.1:8787" },
    doctor: { type: "string" },
  },
});

const settings = readSettings();
if (values.doctor !== undefined) process.exit(await runDoctor(values.doctor || values.url!, settings));
const need = (name: string) => settings[name] || fail(`${name} is not set (environment or .dev.vars)`);

const question = positionals.join(" ").trim();
if (!question && !values.event)
  fail('usage: npm run wechat -- "问题" [--aes] [--compat] [--wecom] [--event subscribe] [--user ID] [--url URL]');

const wecom = values.wecom ?? false;
const encrypted = wecom || values.aes || values.compat;
const token = need(wecom ? "WECOM_TOKEN" : "WECHAT_TOKEN");
const receiveId = encrypted ? need(wecom ? "WECOM_CORP_ID" : "WECHAT_APPID") : "";
const crypt: MsgCrypt | undefined = encrypted
  ? await createMsgCrypt(need(wecom ? "WECOM_ENCODING_AES_KEY" : "WECHAT_ENCODING_AES_KEY"), receiveId)
  : undefined;

const now = String(Math.floor(Date.now() / 1000));
const nonce = String(Math.floor(Math.random() * 1e9));
const cdata = (s: string) => `<![CDATA[${s.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
const to = wecom ? receiveId : values.account!;
const fields = values.event
  ? `<MsgType>${cdata("event")}</MsgType><Event>${cdata(values.event)}</Event>`
  : `<MsgType>${cdata("text")}</MsgType><Content>${cdata(question)}</Content><MsgId>${Date.now()}${Math.floor(Math.random() * 1000)}</MsgId>`;
const inner = `<ToUserName>${cdata(to)}</ToUserName><FromUserName>${cdata(values.user!)}</FromUserName><CreateTime>${now}</CreateTime>${fields}${wecom ? "<AgentID>1000002</AgentID>" : ""}`;

const query = new URLSearchParams({ timestamp: now, nonce });
let body = `<xml>${inner}</xml>`;
if (!wecom) query.set("signature", platformSignature([token, now, nonce]));
if (crypt) {
  const encrypt = await crypt.encrypt(body);
  query.set("msg_signature", platformSignature([token, now, nonce, encrypt]));
  if (!wecom) query.set("encrypt_type", "aes");
  body = `<xml>${values.compat ? inner : `<ToUserName>${cdata(to)}</ToUserName>`}<Encrypt>${cdata(encrypt)}</Encrypt></xml>`;
}

const endpoint = `${values.url}/${wecom ? "wecom" : "wechat"}?${query}`;
const res = await fetch(endpoint, { method: "POST", body, headers: { "content-type": "text/xml" } }).catch((e: Error) =>
  fail(`cannot reach ${values.url}: ${e.message} (is \`npm run dev\` running?)`),
);
const text = await res.text();
if (res.status !== 200) fail(`HTTP ${res.status}: ${text}`);
if (text === "success" || text === "") {
  console.log('(no reply: the worker answered "success")');
  process.exit(0);
}

let reply = parseFlatXml(text);
if (crypt) {
  if (!reply.Encrypt) fail(`expected an encrypted reply, got: ${text}`);
  const expected = platformSignature([token, reply.TimeStamp ?? "", reply.Nonce ?? "", reply.Encrypt]);
  if (expected !== reply.MsgSignature) fail("the reply's MsgSignature does not match");
  reply = parseFlatXml(await crypt.decrypt(reply.Encrypt));
}
console.log(`\n${reply.Content ?? text}\n`);
console.error(
  `(${wecom ? "WeCom" : "WeChat"} ${crypt ? (values.compat ? "compatible" : "safe") : "plaintext"} mode, ${new TextEncoder().encode(reply.Content ?? "").length} bytes, to ${reply.ToUserName})`,
);
