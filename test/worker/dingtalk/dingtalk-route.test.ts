// /dingtalk, the enterprise-internal robot in HTTP mode, played with DingTalk's documented signature and
// message shape (open.dingtalk.com/document/orgapp/receive-message).
import { createExecutionContext, env, runInDurableObject, SELF } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { app } from "../../../worker/app.ts";
import { encodeBase64 } from "../../../worker/channels/common/base64.ts";
import { RETRY_WINDOW_MS, replayGuardFor } from "../../../worker/channels/common/replay.ts";
import { toDingTalkReply } from "../../../worker/channels/dingtalk/reply.ts";
import { signDingTalk } from "../../../worker/channels/dingtalk/sign.ts";
import { IMAGE_REPLY, NOTHING_PENDING } from "../../../worker/channels/state/chat-texts.ts";
import type { ReplayGuard } from "../../../worker/channels/state/replay-guard.ts";
import { answer } from "../../../worker/core/answer.ts";
import type { Env } from "../../../worker/env.ts";
import { interview } from "../../../worker/interview.ts";
import { toSimplified } from "../../../worker/text/script.ts";
import { ORIGIN } from "../wechat/helpers.ts";
import vectors from "./dingtalk-vectors.json";

const SECRET = "this is secret";
const sample = toSimplified(interview.samples[0]!.question);
const testEnv = env as unknown as Env;

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

let nextId = Date.now();
const newId = () => `msg${(nextId++).toString(36)}==`;

function message(overrides: Record<string, unknown> = {}) {
  return { ...vectors.message.body, msgId: newId(), conversationId: `cid${newId()}`, ...overrides };
}

async function send(body: unknown, options: { timestamp?: string; sign?: string; raw?: string } = {}) {
  const timestamp = options.timestamp ?? String(Date.now());
  const sign = options.sign ?? (await signDingTalk(timestamp, SECRET));
  return SELF.fetch(`${ORIGIN}/dingtalk`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", timestamp, sign },
    body: options.raw ?? JSON.stringify(body),
  });
}

async function errorCode(res: Response) {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

describe("DingTalk signature", () => {
  it("reproduces the documented signing sample and the HMAC primitive's published output", async () => {
    for (const v of vectors.robot_sign) expect(await signDingTalk(v.timestamp, v.secret)).toBe(v.sign);
    for (const v of vectors.hmac_primitive) {
      const key = await crypto.subtle.importKey(
        "raw",
        new TextEncoder().encode(v.secret),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["sign"],
      );
      const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(v.message));
      expect(encodeBase64(new Uint8Array(mac))).toBe(v.sign);
    }
  });
  it("refuses a wrong, missing or foreign sign, a stale timestamp, and logs each", async () => {
    const log = vi.spyOn(console, "log");
    const now = String(Date.now());
    const cases: [Promise<Response>, number, string][] = [
      [send(message(), { sign: await signDingTalk(now, "another secret") }), 401, "bad_signature"],
      [send(message(), { timestamp: now, sign: "" }), 401, "missing_signature"],
      [
        send(message(), { timestamp: now, sign: await signDingTalk(String(Number(now) + 1), SECRET) }),
        401,
        "bad_signature",
      ],
      [send(message(), { timestamp: String(Date.now() - 3_601_000) }), 403, "stale_timestamp"],
      [send(message(), { timestamp: String(Date.now() + 3_601_000) }), 403, "stale_timestamp"],
      [send(message(), { timestamp: "abc" }), 403, "stale_timestamp"],
    ];
    for (const [res, status, code] of cases) {
      const r = await res;
      expect(r.status).toBe(status);
      expect(await errorCode(r)).toBe(code);
    }
    const reasons = log.mock.calls.map((c) => (JSON.parse(String(c[0])) as { reason?: string }).reason);
    expect(reasons).toEqual(expect.arrayContaining(["bad_signature", "missing_signature", "stale_timestamp"]));
  });
  it("accepts a timestamp 59 minutes old (DingTalk allows one hour)", async () => {
    const res = await send(message(), { timestamp: String(Date.now() - 59 * 60_000) });
    expect(res.status).toBe(200);
  });
  it("refuses malformed, oversized and incomplete bodies with a 4xx", async () => {
    expect(await errorCode(await send(null, { raw: "{not json" }))).toBe("bad_json");
    expect(await errorCode(await send(null, { raw: "[1,2]" }))).toBe("bad_json");
    const big = await send(null, { raw: JSON.stringify({ ...message(), pad: "x".repeat(70_000) }) });
    expect(big.status).toBe(413);
    expect(await errorCode(await send({ msgtype: "text", text: { content: "你好" } }))).toBe("missing_fields");
    expect((await SELF.fetch(`${ORIGIN}/dingtalk`)).status).toBe(405);
  });
  it("answers 404 naming nothing when DINGTALK_APP_SECRET is not set", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await app.fetch(
      new Request(`${ORIGIN}/dingtalk`, { method: "POST", body: "{}" }),
      { ...testEnv, DINGTALK_APP_SECRET: undefined },
      createExecutionContext(),
    );
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/DINGTALK|SECRET/);
  });
});

describe("DingTalk replies", () => {
  it("answers a group message in markdown with the source link, @-mentioning the asker", async () => {
    const res = await send(message({ text: { content: ` ${sample}` } }));
    expect(res.status).toBe(200);
    const reply = (await res.json()) as ReturnType<typeof toDingTalkReply>;
    const expected = answer(sample, { index: interview, origin: ORIGIN });
    expect(reply).toEqual(toDingTalkReply(expected, "user123"));
    expect(reply.msgtype).toBe("markdown");
    expect(reply.at.atUserIds).toEqual(["user123"]);
    expect(reply.markdown.text.startsWith("@user123 ")).toBe(true);
    expect(reply.markdown.text).toContain(`](${ORIGIN}/source#${expected.citations[0]!.id})`);
    expect(reply.markdown.text).toMatch(/来源：/);
    expect(reply.markdown.text).toMatch(/回复 1：.+\n\n回复 2：/);
  });
  it("does not mention anyone in a single chat", async () => {
    const reply = (await (await send(message({ conversationType: "1", text: { content: sample } }))).json()) as {
      at: { atUserIds: string[] };
      markdown: { text: string };
    };
    expect(reply.at.atUserIds).toEqual([]);
    expect(reply.markdown.text.startsWith("@")).toBe(false);
  });
  it("keeps follow-ups per conversation: 1 picks from the last reply in that conversation only", async () => {
    const conversationId = `cid${newId()}`;
    const first = answer(sample, { index: interview, origin: ORIGIN });
    await send(message({ conversationId, text: { content: sample } }));
    const one = (await (
      await send(message({ conversationId, senderStaffId: "user456", text: { content: "1" } }))
    ).json()) as {
      markdown: { text: string };
    };
    const named = first.suggestions[0]!;
    expect(one.markdown.text).toBe(
      toDingTalkReply(answer(named, { index: interview, history: [sample], origin: ORIGIN }), "user456").markdown.text,
    );
    const elsewhere = (await (await send(message({ text: { content: "1" } }))).json()) as {
      markdown: { text: string };
    };
    expect(elsewhere.markdown.text).toContain(NOTHING_PENDING);
  });
  it("gives a retried msgId the identical reply", async () => {
    const m = message({ text: { content: sample } });
    const a = await (await send(m)).json();
    const b = await (await send(m)).json();
    expect(b).toEqual(a);
  });
  it("sends nothing for an identical callback older than a retry", async () => {
    const timestamp = String(Date.now() - 4321);
    const m = message({ text: { content: sample } });
    expect((await send(m, { timestamp })).status).toBe(200);
    await runInDurableObject(replayGuardFor(testEnv, "dingtalk", timestamp), (_o: ReplayGuard, state) => {
      state.storage.sql.exec(
        "UPDATE seen SET at = at - ? WHERE id = ?",
        RETRY_WINDOW_MS + 1000,
        `dingtalk:${timestamp}`,
      );
    });
    const late = await send(m, { timestamp });
    expect(late.status).toBe(200);
    expect(await late.text()).toBe("");
  });
  it("refuses the same timestamp and sign carrying another message (409)", async () => {
    const timestamp = String(Date.now() - 1234);
    expect((await send(message({ text: { content: sample } }), { timestamp })).status).toBe(200);
    const forged = await send(message({ text: { content: "别的内容" } }), { timestamp });
    expect(forged.status).toBe(409);
    expect(await errorCode(forged)).toBe("replayed_signature");
  });
  it("answers a picture briefly, a voice message by its recognition, rich text by its text", async () => {
    const picture = (await (await send(message({ msgtype: "picture", content: { downloadCode: "x" } }))).json()) as {
      markdown: { text: string };
    };
    expect(picture.markdown.text).toContain(IMAGE_REPLY);
    const audio = (await (
      await send(message({ conversationType: "1", msgtype: "audio", content: { duration: 4000, recognition: sample } }))
    ).json()) as { markdown: { text: string } };
    expect(audio.markdown.text).toBe(
      toDingTalkReply(answer(sample, { index: interview, origin: ORIGIN })).markdown.text,
    );
    const rich = (await (
      await send(
        message({
          conversationType: "1",
          msgtype: "richText",
          content: { richText: [{ text: sample }, { type: "picture", downloadCode: "d" }] },
        }),
      )
    ).json()) as { markdown: { text: string } };
    expect(rich.markdown.text).toBe(audio.markdown.text);
  });
  it("shows markup characters of the text as text, not as markdown", () => {
    const a = answer(sample, { index: interview, origin: ORIGIN });
    const reply = toDingTalkReply({ ...a, text: "**粗体** [链接](http://x) # 标题 <b>" });
    expect(reply.markdown.text.split("\n\n")[0]).toBe("＊＊粗体＊＊ ［链接］(http://x) ＃ 标题 ＜b＞");
  });
});
