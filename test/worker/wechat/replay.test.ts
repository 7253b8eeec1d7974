// The replay cache: a signed request (timestamp + nonce) may come again within the ±300 s window. A young
// repeat is a platform retry and gets the stored reply; an older one gets nothing; the same signature with
// another message is refused.
import { createExecutionContext, env, runInDurableObject } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { app } from "../../../worker/app.ts";
import { createMsgCrypt } from "../../../worker/channels/common/msg-crypt.ts";
import { RETRY_WINDOW_MS, replayGuardFor } from "../../../worker/channels/common/replay.ts";
import type { ReplayGuard } from "../../../worker/channels/state/replay-guard.ts";
import type { Env } from "../../../worker/env.ts";
import { interview } from "../../../worker/interview.ts";
import {
  messageXml,
  newMsgId,
  newUser,
  ORIGIN,
  openReply,
  plainQuery,
  post,
  sealedWeChatRequest,
  WECHAT,
} from "./helpers.ts";

const testEnv = env as unknown as Env;
const sample = interview.samples[0]!.question;

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** Makes the guard's record of `timestamp:nonce` look `ms` older, as if that much time had passed. */
async function age(channel: "wechat" | "wecom", timestamp: string, nonce: string, ms: number) {
  const id = `${timestamp}:${nonce}`;
  await runInDurableObject(replayGuardFor(testEnv, channel, id), (_o: ReplayGuard, state) => {
    state.storage.sql.exec("UPDATE seen SET at = at - ? WHERE id = ?", ms, `${channel}:${id}`);
  });
}

describe("replay cache (/wechat)", () => {
  it("gives an identical request within the retry window the identical reply", async () => {
    const crypt = await createMsgCrypt(WECHAT.key, WECHAT.appid);
    const { q, body } = await sealedWeChatRequest(messageXml({ from: newUser(), content: sample, msgId: newMsgId() }));
    const first = await openReply(await post("/wechat", q, body), WECHAT.token, crypt);
    const retry = await openReply(await post("/wechat", q, body), WECHAT.token, crypt);
    expect(retry.Content).toBe(first.Content);
  });
  it("answers an identical request older than a retry with success only, and logs it", async () => {
    const crypt = await createMsgCrypt(WECHAT.key, WECHAT.appid);
    const { q, body, timestamp, nonce } = await sealedWeChatRequest(
      messageXml({ from: newUser(), content: sample, msgId: newMsgId() }),
    );
    await openReply(await post("/wechat", q, body), WECHAT.token, crypt);
    await age("wechat", timestamp, nonce, RETRY_WINDOW_MS + 1000);
    const log = vi.spyOn(console, "log");
    const replay = await post("/wechat", q, body);
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe("success");
    expect(log.mock.calls.some((c) => String(c[0]).includes('"event":"replayed"'))).toBe(true);
  });
  it("refuses the same signed query with another message (409 replayed_nonce)", async () => {
    const plaintext = { WECHAT_ENCODING_AES_KEY: undefined };
    const q = await plainQuery(WECHAT.token);
    const send = (content: string) =>
      app.fetch(
        new Request(`${ORIGIN}/wechat?${q}`, {
          method: "POST",
          body: messageXml({ from: newUser(), content, msgId: newMsgId() }),
        }),
        { ...testEnv, ...plaintext },
        createExecutionContext(),
      );
    expect((await send(sample)).status).toBe(200);
    const forged = await send("伪造的另一条消息");
    expect(forged.status).toBe(409);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe("replayed_nonce");
  });
});
