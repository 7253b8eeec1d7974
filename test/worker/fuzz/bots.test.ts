// Property tests of /dingtalk and /feishu through SELF.fetch: random headers, signatures, methods and bodies,
// and hostile JSON inside correctly signed (and encrypted) requests. Never a 5xx; a reply that is sent has the
// platform's shape. Feishu's API is a closed local port here (test/vitest.worker.config.ts): replies fail
// after the 200 and are logged, nothing leaves 127.0.0.1.
import { SELF } from "cloudflare:test";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signDingTalk } from "../../../worker/channels/dingtalk/sign.ts";
import { encryptFeishu, signFeishu } from "../../../worker/channels/feishu/event-crypt.ts";
import vectors from "../feishu/feishu-vectors.json";
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

beforeAll(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

const ORIGIN = "https://fuzz.example";
const DINGTALK_SECRET = "this is secret";
const FEISHU_KEY = "test key";
const FEISHU_TOKEN = vectors.url_verification.plain.token;

async function expectJsonOr200(res: Response, what: unknown, method: string) {
  const status = res.status;
  const isJson = /application\/json/.test(res.headers.get("content-type") ?? "");
  const body = await expectNo5xx(res, what);
  if (status >= 400 && method !== "HEAD") {
    expect(isJson, `${status} without JSON`).toBe(true);
    expect(body).toMatchObject({ error: { code: expect.any(String) } });
  }
  return body;
}

const timestamps = (now: () => number) =>
  fc.oneof(
    fc.constant(null).map(() => String(now())),
    fc.integer().map(String),
    fc.constantFrom("", "0", "-1", "1e12", "99999999999999999999", " 1"),
    hostileText(16),
  );

// The message fields DingTalk documents, each also as any JSON.
const dingtalkMessage = fc.record(
  {
    msgId: fc.oneof(
      fc.uuid().map((u) => `msg${u}`),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    msgtype: fc.oneof(fc.constantFrom("text", "richText", "picture", "audio", "file", "video", ""), hostileText(8)),
    conversationType: fc.constantFrom("1", "2", 2, null),
    conversationId: fc.oneof(fc.constantFrom("cidA", "cidB"), hostileText(20)),
    senderStaffId: fc.oneof(fc.constantFrom("u1", "u2"), hostileText(20), fc.jsonValue({ maxDepth: 1 })),
    senderId: hostileText(10),
    robotCode: fc.constantFrom("normal", ""),
    text: fc.oneof(
      fc.record({ content: fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 })) }),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    content: fc.oneof(
      fc.record({ recognition: hostileString }),
      fc.record({
        richText: fc.array(fc.oneof(fc.record({ text: hostileString }), fc.jsonValue({ maxDepth: 2 })), {
          maxLength: 5,
        }),
      }),
      fc.jsonValue({ maxDepth: 3 }),
    ),
  },
  { requiredKeys: [] },
);

describe("fuzz /dingtalk", () => {
  it("random headers, methods and bodies → a JSON 4xx (or a reply when the sign happens to be right)", async () => {
    await fc.assert(
      fc.asyncProperty(
        timestamps(Date.now),
        fc.oneof(hostileText(50), fc.base64String({ minLength: 44, maxLength: 44 })),
        methods,
        contentTypes,
        fc.oneof(
          dingtalkMessage.map((m) => JSON.stringify(m)),
          hostileJsonValue.map((v) => JSON.stringify(v) ?? ""),
          hostileString,
        ),
        async (timestamp, sign, method, contentType, body) => {
          const headers: Record<string, string> = {};
          const safe = (s: string) => s.replace(/[^\x20-\x7e]/g, "");
          if (timestamp) headers.timestamp = safe(timestamp);
          if (sign) headers.sign = safe(sign);
          if (contentType) headers["content-type"] = contentType;
          const res = await SELF.fetch(`${ORIGIN}/dingtalk`, {
            method,
            headers,
            body: method === "GET" || method === "HEAD" ? undefined : body,
          });
          await expectJsonOr200(res, { timestamp, method, body }, method);
        },
      ),
      runs(600),
    );
  });

  it("correctly signed hostile messages → a markdown reply or a JSON 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: dingtalkMessage }, hostileJsonValue), async (message) => {
        const timestamp = String(Date.now() - Math.floor(Math.random() * 1e6));
        const res = await SELF.fetch(`${ORIGIN}/dingtalk`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            timestamp,
            sign: await signDingTalk(timestamp, DINGTALK_SECRET),
          },
          body: JSON.stringify(message) ?? "",
        });
        const status = res.status;
        const body = (await expectJsonOr200(res, message, "POST")) as
          | { msgtype: string; markdown: { text: string; title: string } }
          | undefined;
        if (status === 200 && body) {
          expect(body.msgtype).toBe("markdown");
          expect(body.markdown.text.length).toBeGreaterThan(0);
        }
      }),
      runs(600),
    );
    await expectStillAnswering();
  });
});

const feishuEvent = fc.record(
  {
    schema: fc.constantFrom("2.0", ""),
    header: fc.oneof(
      fc.record({
        event_id: fc.oneof(fc.uuid(), hostileText(20)),
        event_type: fc.constantFrom("im.message.receive_v1", "im.chat.member.bot.added_v1", ""),
        token: fc.oneof(fc.constant(FEISHU_TOKEN), hostileText(32)),
        app_id: fc.constantFrom("cli_9f5343c580712544", ""),
      }),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    event: fc.oneof(
      fc.record({
        sender: fc.record({
          sender_id: fc.record({ open_id: fc.oneof(fc.constantFrom("ou_a", "ou_b"), hostileText(20)) }),
          sender_type: fc.constantFrom("user", "app", ""),
        }),
        message: fc.record(
          {
            message_id: fc.oneof(
              fc.uuid().map((u) => `om_${u}`),
              hostileText(30),
            ),
            chat_id: fc.oneof(fc.constantFrom("oc_a", "oc_b"), hostileText(10)),
            chat_type: fc.constantFrom("p2p", "group", ""),
            message_type: fc.constantFrom("text", "post", "image", "sticker", "audio", "file", ""),
            content: fc.oneof(
              hostileString.map((text) => JSON.stringify({ text })),
              hostileJsonValue.map((v) => JSON.stringify(v) ?? ""),
              hostileString,
            ),
          },
          { requiredKeys: [] },
        ),
      }),
      fc.jsonValue({ maxDepth: 3 }),
    ),
    type: fc.constantFrom(undefined, "url_verification", "event_callback"),
    challenge: hostileText(20),
    token: fc.oneof(fc.constant(FEISHU_TOKEN), hostileText(10)),
  },
  { requiredKeys: [] },
);

describe("fuzz /feishu", () => {
  it("random signature headers, methods and bodies → a 200 acknowledgement or a JSON 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        timestamps(() => Math.floor(Date.now() / 1000)),
        fc.oneof(hostileText(70), fc.stringMatching(/^[0-9a-f]{64}$/)),
        methods,
        contentTypes,
        fc.oneof(
          feishuEvent.map((e) => JSON.stringify(e)),
          hostileJsonValue.map((v) => JSON.stringify(v) ?? ""),
          hostileString,
        ),
        async (timestamp, signature, method, contentType, body) => {
          const safe = (s: string) => s.replace(/[^\x20-\x7e]/g, "");
          const headers: Record<string, string> = {
            "x-lark-request-timestamp": safe(timestamp),
            "x-lark-request-nonce": "n",
            "x-lark-signature": safe(signature),
          };
          if (contentType) headers["content-type"] = contentType;
          const res = await SELF.fetch(`${ORIGIN}/feishu`, {
            method,
            headers,
            body: method === "GET" || method === "HEAD" ? undefined : body,
          });
          await expectJsonOr200(res, { method, body }, method);
        },
      ),
      runs(600),
    );
  });

  it("signed, encrypted hostile events → a 200 acknowledgement or a JSON 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 4, arbitrary: feishuEvent }, hostileJsonValue),
        fc.boolean(),
        async (event, wrap) => {
          const plain = JSON.stringify(event) ?? "";
          const body = wrap ? JSON.stringify({ encrypt: await encryptFeishu(FEISHU_KEY, plain) }) : plain;
          const timestamp = String(Math.floor(Date.now() / 1000));
          const nonce = String(Math.random());
          const res = await SELF.fetch(`${ORIGIN}/feishu`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-lark-request-timestamp": timestamp,
              "x-lark-request-nonce": nonce,
              "x-lark-signature": await signFeishu(timestamp, nonce, FEISHU_KEY, body),
            },
            body,
          });
          const status = res.status;
          const reply = await expectJsonOr200(res, event, "POST");
          if (status === 200) expect(reply).toBeTypeOf("object");
        },
      ),
      runs(600),
    );
    await expectStillAnswering();
  });
});
