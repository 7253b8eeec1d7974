// npm run wechat -- --doctor https://<worker>
// Checks a deployment the way the consoles will: the URL check (GET, as on 提交/保存) and one test message end
// to end, for the Official Account and, when configured, the WeCom app. Each failing step names the setting
// to compare. Settings are the ones the console holds, from the environment or .dev.vars.
import { createMsgCrypt, type MsgCrypt } from "../worker/channels/common/msg-crypt.ts";
import { parseFlatXml } from "../worker/channels/common/xml.ts";
import type { Settings } from "./dev-settings.ts";
import { platformSignature } from "./platform-signature.ts";

interface Step {
  name: string;
  ok: boolean;
  detail: string;
}

// What each refusal code most likely means, in terms of the console and the worker's secrets.
const HINTS: Record<string, string> = {
  channel_not_configured: "the worker lacks this channel's secrets (wrangler secret put …); its log names them",
  bad_signature: "the Token differs between the console (here) and the worker's secret",
  bad_msg_signature: "the Token differs between the console (here) and the worker's secret",
  stale_timestamp: "this machine's clock is more than 300 s off",
  wrong_receiveid: "the AppID / CorpID differs from the worker's WECHAT_APPID / WECOM_CORP_ID",
  bad_padding: "the EncodingAESKey differs between the console (here) and the worker",
  decrypt_failed: "the EncodingAESKey differs between the console (here) and the worker",
  bad_length: "the EncodingAESKey differs between the console (here) and the worker",
  safe_mode_not_configured: "the console is in safe mode but the worker has no WECHAT_ENCODING_AES_KEY",
};

async function describe(res: Response): Promise<string> {
  const text = await res.text();
  let code = "";
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? "";
  } catch {}
  return `HTTP ${res.status}${code ? ` ${code}` : ""}${HINTS[code] ? `: ${HINTS[code]}` : `: ${text.slice(0, 120)}`}`;
}

const cdata = (s: string) => `<![CDATA[${s}]]>`;

async function openReply(text: string, token: string, crypt?: MsgCrypt): Promise<Record<string, string>> {
  let reply = parseFlatXml(text);
  if (crypt) {
    if (!reply.Encrypt) throw new Error("the reply is not encrypted");
    const expected = platformSignature([token, reply.TimeStamp ?? "", reply.Nonce ?? "", reply.Encrypt]);
    if (expected !== reply.MsgSignature) throw new Error("the reply's MsgSignature does not match the Token");
    reply = parseFlatXml(await crypt.decrypt(reply.Encrypt));
  }
  return reply;
}

async function checkWeChat(base: string, s: Settings, steps: Step[]) {
  const token = s.WECHAT_TOKEN!;
  const now = () => String(Math.floor(Date.now() / 1000));
  const nonce = () => String(Math.floor(Math.random() * 1e9));
  const echostr = String(Math.floor(Math.random() * 1e15));
  const ts = now();
  const n = nonce();
  const q = new URLSearchParams({ signature: platformSignature([token, ts, n]), timestamp: ts, nonce: n, echostr });
  const check = await fetch(`${base}/wechat?${q}`);
  const body = await check.clone().text();
  steps.push({
    name: "Official Account URL check (GET /wechat)",
    ok: check.status === 200 && body === echostr,
    detail: check.status === 200 && body === echostr ? "echostr echoed" : await describe(check),
  });

  const key = s.WECHAT_ENCODING_AES_KEY;
  const crypt = key ? await createMsgCrypt(key, s.WECHAT_APPID ?? "") : undefined;
  const inner = `<ToUserName>${cdata("gh_doctor")}</ToUserName><FromUserName>${cdata("o_doctor_check")}</FromUserName><CreateTime>${now()}</CreateTime><MsgType>${cdata("text")}</MsgType><Content>${cdata("你好")}</Content><MsgId>${Date.now()}</MsgId>`;
  const t2 = now();
  const n2 = nonce();
  const mq = new URLSearchParams({ signature: platformSignature([token, t2, n2]), timestamp: t2, nonce: n2 });
  let xml = `<xml>${inner}</xml>`;
  if (crypt) {
    const encrypt = await crypt.encrypt(xml);
    mq.set("encrypt_type", "aes");
    mq.set("msg_signature", platformSignature([token, t2, n2, encrypt]));
    xml = `<xml><ToUserName>${cdata("gh_doctor")}</ToUserName><Encrypt>${cdata(encrypt)}</Encrypt></xml>`;
  }
  const res = await fetch(`${base}/wechat?${mq}`, {
    method: "POST",
    body: xml,
    headers: { "content-type": "text/xml" },
  });
  const name = `Official Account test message (${crypt ? "safe" : "plaintext"} mode)`;
  if (res.status !== 200) return steps.push({ name, ok: false, detail: await describe(res) });
  try {
    const reply = await openReply(await res.text(), token, crypt);
    steps.push({ name, ok: !!reply.Content, detail: `replied: ${(reply.Content ?? "").split("\n")[0]!.slice(0, 60)}` });
  } catch (e) {
    steps.push({ name, ok: false, detail: (e as Error).message });
  }
}

async function checkWeCom(base: string, s: Settings, steps: Step[]) {
  const token = s.WECOM_TOKEN!;
  const crypt = await createMsgCrypt(s.WECOM_ENCODING_AES_KEY!, s.WECOM_CORP_ID!);
  const ts = String(Math.floor(Date.now() / 1000));
  const plain = String(Math.floor(Math.random() * 1e15));
  const echostr = await crypt.encrypt(plain);
  const n = String(Math.floor(Math.random() * 1e9));
  const q = new URLSearchParams({
    msg_signature: platformSignature([token, ts, n, echostr]),
    timestamp: ts,
    nonce: n,
    echostr,
  });
  const check = await fetch(`${base}/wecom?${q}`);
  const body = await check.clone().text();
  steps.push({
    name: "WeCom URL check (GET /wecom)",
    ok: check.status === 200 && body === plain,
    detail: check.status === 200 && body === plain ? "echostr decrypted" : await describe(check),
  });
  const inner = `<xml><ToUserName>${cdata(s.WECOM_CORP_ID!)}</ToUserName><FromUserName>${cdata("doctor")}</FromUserName><CreateTime>${ts}</CreateTime><MsgType>${cdata("text")}</MsgType><Content>${cdata("你好")}</Content><MsgId>${Date.now()}</MsgId><AgentID>1</AgentID></xml>`;
  const encrypt = await crypt.encrypt(inner);
  const n2 = String(Math.floor(Math.random() * 1e9));
  const mq = new URLSearchParams({
    msg_signature: platformSignature([token, ts, n2, encrypt]),
    timestamp: ts,
    nonce: n2,
  });
  const res = await fetch(`${base}/wecom?${mq}`, {
    method: "POST",
    body: `<xml><ToUserName>${cdata(s.WECOM_CORP_ID!)}</ToUserName><Encrypt>${cdata(encrypt)}</Encrypt><AgentID>1</AgentID></xml>`,
  });
  const name = "WeCom test message";
  if (res.status !== 200) return steps.push({ name, ok: false, detail: await describe(res) });
  try {
    const reply = await openReply(await res.text(), token, crypt);
    steps.push({ name, ok: !!reply.Content, detail: `replied: ${(reply.Content ?? "").split("\n")[0]!.slice(0, 60)}` });
  } catch (e) {
    steps.push({ name, ok: false, detail: (e as Error).message });
  }
}

/** Runs every check the settings allow; prints one line per step; resolves to the exit code. */
export async function runDoctor(baseUrl: string, s: Settings): Promise<number> {
  const base = baseUrl.replace(/\/+$/, "");
  const steps: Step[] = [];
  try {
    if (s.WECHAT_TOKEN) await checkWeChat(base, s, steps);
    if (s.WECOM_TOKEN && s.WECOM_CORP_ID && s.WECOM_ENCODING_AES_KEY) await checkWeCom(base, s, steps);
  } catch (e) {
    steps.push({ name: `reach ${base}`, ok: false, detail: (e as Error).message });
  }
  if (steps.length === 0) {
    console.error(
      "Nothing to check: set WECHAT_TOKEN (and the key and AppID) or the WECOM_* settings, as in the console.",
    );
    return 2;
  }
  for (const step of steps) console.log(`${step.ok ? "✓" : "✗"} ${step.name}: ${step.detail}`);
  return steps.every((st) => st.ok) ? 0 : 1;
}
