// Property tests of the bot channels through SELF.fetch: random signatures, truncated and malformed XML,
// hostile text inside correctly signed and encrypted messages. Never a 5xx (the platform would retry it);
// a reply that is sent is a valid, signed envelope.
import { SELF } from "cloudflare:test";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createMsgCrypt, type MsgCrypt } from "../../../worker/channels/common/msg-crypt.ts";
import { formatReplyText } from "../../../worker/channels/common/reply-text.ts";
import { signParts, verifySignature } from "../../../worker/channels/common/signature.ts";
import { answer } from "../../../worker/core/answer.ts";
import { interview } from "../../../worker/interview.ts";
import { askWeChat, BOT, newMsgId, newUser, nowSeconds, ORIGIN, openReply, WECHAT, WECOM } from "../wechat/helpers.ts";
import {
  contentTypes,
  expectNo5xx,
  expectStillAnswering,
  hostileJsonValue,
  hostileString,
  hostileText,
  methods,
  runs,
} from "./hostile.ts";

vi.setConfig({ testTimeout: 60_000 });

const sample = interview.samples[0]!.question;
// A few users, so that the fuzzed messages do not create a Durable Object each.
const users = Array.from({ length: 4 }, () => newUser());

let wechatCrypt: MsgCrypt;
let wecomCrypt: MsgCrypt;
let botCrypt: MsgCrypt;
beforeAll(async () => {
  wechatCrypt = await createMsgCrypt(WECHAT.key, WECHAT.appid);
  wecomCrypt = await createMsgCrypt(WECOM.key, WECOM.corpId);
  botCrypt = await createMsgCrypt(BOT.key, "");
  // Refusals and replies are logged by design.
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

const field = (name: string, value: string, mode: "cdata" | "raw") =>
  mode === "cdata" ? `<${name}><![CDATA[${value}]]></${name}>` : `<${name}>${value}</${name}>`;

/** A platform message with hostile values, sometimes truncated or wrapped in tag soup. */
const hostileMessageXml = fc
  .record({
    from: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...users) }, { weight: 1, arbitrary: hostileText(20) }),
    to: fc.oneof(fc.constant(WECHAT.account), hostileText(10)),
    type: fc.oneof(fc.constantFrom("text", "voice", "event", "image", "location", "TEXT", ""), hostileText(8)),
    content: hostileString.map((s) => s.slice(0, 5000)),
    event: fc.constantFrom("subscribe", "unsubscribe", "CLICK", "LOCATION", "scan", ""),
    msgId: fc.option(fc.bigInt({ min: 1n, max: 10n ** 20n }).map(String)),
    mode: fc.constantFrom("cdata" as const, "raw" as const),
    cut: fc.option(fc.nat()),
    soup: fc.constantFrom(
      "",
      "<a><b><c><d><e>x</e></d></c></b></a>",
      "<Empty/>",
      "<?pi x?>",
      "<!-- c -->",
      "&lt;&#x41;&#1114112;&bogus;",
      "<xml>",
    ),
  })
  .map(({ from, to, type, content, event, msgId, mode, cut, soup }) => {
    const xml = `<xml>${field("ToUserName", to, mode)}${field("FromUserName", from, mode)}<CreateTime>${nowSeconds()}</CreateTime>${field("MsgType", type, mode)}${field("Content", content, mode)}${field("Recognition", content, mode)}${field("Event", event, mode)}${msgId ? `<MsgId>${msgId}</MsgId>` : ""}${soup}</xml>`;
    return cut === null ? xml : xml.slice(0, cut % (xml.length + 1));
  });

const hex40 = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 40, maxLength: 40 });

const randomQuery = fc.record(
  {
    signature: fc.oneof(hex40, hostileText(50)),
    msg_signature: fc.oneof(hex40, hostileText(50)),
    timestamp: fc.oneof(fc.constant(nowSeconds()), fc.integer().map(String), hostileText(12)),
    nonce: fc.oneof(fc.nat().map(String), hostileText(12)),
    echostr: hostileText(60),
    encrypt_type: fc.constantFrom("aes", "raw", ""),
  },
  { requiredKeys: [] },
);

function queryString(q: Record<string, string>, raw: boolean): string {
  if (!raw)
    return new URLSearchParams(Object.entries(q).map(([k, v]) => [k, v.replace(/[\uD800-\uDFFF]/g, "")])).toString();
  return Object.entries(q)
    .map(([k, v]) => `${k}=${v.replace(/[#\uD800-\uDFFF]/g, "")}`)
    .join("&");
}

async function expectChannelReply(res: Response, what: unknown, method = "POST") {
  const status = res.status;
  const isJson = /application\/json/.test(res.headers.get("content-type") ?? "");
  const body = await expectNo5xx(res, what);
  if (status >= 400 && method !== "HEAD") {
    expect(isJson, `${status} without JSON`).toBe(true);
    expect(body).toMatchObject({ error: { code: expect.any(String) } });
  }
}

describe("fuzz /wechat", () => {
  it("random signatures, parameters, methods and bodies → 2xx or a JSON 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        randomQuery,
        fc.boolean(),
        methods,
        contentTypes,
        fc.oneof(hostileMessageXml, hostileString),
        async (q, raw, method, contentType, body) => {
          const res = await SELF.fetch(`${ORIGIN}/wechat?${queryString(q, raw)}`, {
            method,
            headers: contentType ? { "content-type": contentType } : {},
            body: method === "GET" || method === "HEAD" ? undefined : body,
          });
          await expectChannelReply(res, { q, method, body }, method);
        },
      ),
      runs(900),
    );
  });

  it("signed and encrypted hostile messages → a signed reply, success, or a 400", async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessageXml, async (xml) => {
        const timestamp = nowSeconds();
        const nonce = String(Math.floor(Math.random() * 1e9));
        const encrypt = await wechatCrypt.encrypt(xml);
        const q = new URLSearchParams({
          timestamp,
          nonce,
          encrypt_type: "aes",
          msg_signature: await signParts([WECHAT.token, timestamp, nonce, encrypt]),
        });
        const res = await SELF.fetch(`${ORIGIN}/wechat?${q}`, {
          method: "POST",
          body: `<xml><ToUserName><![CDATA[${WECHAT.account}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
        });
        if (res.status === 200 && /xml/.test(res.headers.get("content-type") ?? "")) {
          const reply = await openReply(res, WECHAT.token, wechatCrypt);
          expect(reply.MsgType).toBe("text");
          expect(reply.Content!.length).toBeGreaterThan(0);
          expect(new TextEncoder().encode(reply.Content).length).toBeLessThanOrEqual(2000);
        } else {
          expect([200, 400]).toContain(res.status);
          await expectChannelReply(res, xml);
        }
      }),
      runs(1200),
    );
    const reply = await askWeChat({ from: newUser(), content: sample, msgId: newMsgId() });
    expect(reply.Content).toBe(formatReplyText(answer(sample, { index: interview, origin: ORIGIN })));
  });
});

describe("fuzz /wecom", () => {
  it("random signatures and bodies, and signed hostile messages → a signed reply, success, or a JSON 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessageXml, fc.boolean(), randomQuery, async (xml, sign, q) => {
        const timestamp = nowSeconds();
        const nonce = String(Math.floor(Math.random() * 1e9));
        const encrypt = await wecomCrypt.encrypt(xml.replaceAll(WECHAT.account, WECOM.corpId));
        const query = sign
          ? new URLSearchParams({
              timestamp,
              nonce,
              msg_signature: await signParts([WECOM.token, timestamp, nonce, encrypt]),
            }).toString()
          : queryString(q, false);
        const res = await SELF.fetch(`${ORIGIN}/wecom?${query}`, {
          method: "POST",
          body: `<xml><ToUserName><![CDATA[${WECOM.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt><AgentID>1</AgentID></xml>`,
        });
        if (res.status === 200 && /xml/.test(res.headers.get("content-type") ?? "")) {
          const reply = await openReply(res, WECOM.token, wecomCrypt);
          expect(reply.Content!.length).toBeGreaterThan(0);
        } else await expectChannelReply(res, { xml, sign });
      }),
      runs(1000),
    );
    await expectStillAnswering();
  });
});

describe("fuzz /wecom/bot", () => {
  it("signed hostile JSON and random bodies → a signed stream reply, an empty 200, or a JSON 4xx", async () => {
    const botMessage = fc.oneof(
      hostileJsonValue.map((v) => JSON.stringify(v) ?? ""),
      fc
        .record({
          content: hostileString,
          userid: fc.oneof(fc.constantFrom(...users), hostileText(10)),
          chattype: fc.constantFrom("single", "group", "x"),
        })
        .map(({ content, userid, chattype }) =>
          JSON.stringify({
            msgid: newMsgId(),
            aibotid: "AIBOT",
            chattype,
            from: { userid },
            msgtype: "text",
            text: { content },
          }),
        ),
      hostileText(100),
    );
    await fc.assert(
      fc.asyncProperty(botMessage, fc.boolean(), async (plaintext, wrap) => {
        const timestamp = nowSeconds();
        const nonce = String(Math.floor(Math.random() * 1e9));
        const encrypt = await botCrypt.encrypt(plaintext);
        const q = new URLSearchParams({
          timestamp,
          nonce,
          msg_signature: await signParts([BOT.token, timestamp, nonce, encrypt]),
        });
        const res = await SELF.fetch(`${ORIGIN}/wecom/bot?${q}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: wrap ? JSON.stringify({ encrypt }) : plaintext,
        });
        const status = res.status;
        if (status === 200 && /json/.test(res.headers.get("content-type") ?? "")) {
          const sealed = await res.json<{ encrypt: string; msgsignature: string; timestamp: number; nonce: string }>();
          expect(
            await verifySignature(
              [BOT.token, String(sealed.timestamp), sealed.nonce, sealed.encrypt],
              sealed.msgsignature,
            ),
          ).toBe(true);
          const stream = JSON.parse(await botCrypt.decrypt(sealed.encrypt)) as {
            msgtype: string;
            stream: { content: string };
          };
          expect(stream.msgtype).toBe("stream");
          expect(stream.stream.content.length).toBeGreaterThan(0);
        } else await expectChannelReply(res, plaintext);
      }),
      runs(900),
    );
    await expectStillAnswering();
  });
});
