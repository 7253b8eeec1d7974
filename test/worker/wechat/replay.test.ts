// The replay cache: a signed request (timestamp + nonce) may come again within the ±300 s window. A young
// repeat is a platform retry and gets the stored reply; an older one gets nothing; the same signature with
// another message is refused.
import { createExecutionContext, env, runInDurableObject } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { app } from "../../../worker/app.ts";
import { createMsgCrypt } from "../../../worker/channels/common/msg-crypt.ts";
import { RETRY_WINDOW_MS, replayGuardFor } from "../../../worker/channels/common/replay.ts";
import type { ChatState } from "../../../worker/channels/state/chat-state.ts";
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
async function ageGuard(channel: "wechat" | "wecom", timestamp: string, nonce: string, ms: number) {
  const id = `${timestamp}:${nonce}`;
  await runInDurableObject(replayGuardFor(testEnv, channel, id), (_o: ReplayGuard, state) => {
    state.storage.sql.exec("UPDATE seen SET at = at - ? WHERE id = ?", ms, `${channel}:${id}`);
  });
}

/** Makes the user's stored replies look `ms` older. */
async function ageReplies(chat: string, ms: number) {
  await runInDurableObject(testEnv.CHAT_STATE.get(testEnv.CHAT_STATE.idFromName(chat)), (_o: ChatState, state) => {
    state.storage.sql.exec("UPDATE replies SET at = at - ?", ms);
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
  it("answers an identical safe-mode request older than a retry with success only, and logs it", async () => {
    const crypt = await createMsgCrypt(WECHAT.key, WECHAT.appid);
    const user = newUser();
    const { q, body } = await sealedWeChatRequest(messageXml({ from: user, content: sample, msgId: newMsgId() }));
    await openReply(await post("/wechat", q, body), WECHAT.token, crypt);
    // msg_signature covers the ciphertext: the user's ChatState tells the replay by its stored reply's age.
    await ageReplies(`wechat:${WECHAT.account}:${user}`, RETRY_WINDOW_MS + 1000);
    const log = vi.spyOn(console, "log");
    const replay = await post("/wechat", q, body);
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe("success");
    expect(log.mock.calls.some((c) => String(c[0]).includes('"event":"replayed"'))).toBe(true);
  });
  it("in plaintext mode, keeps the signed query in ReplayGuard: an old identical one gets success", async () => {
    const plaintext = { WECHAT_ENCODING_AES_KEY: undefined };
    const q = await plainQuery(WECHAT.token);
    const body = messageXml({ from: newUser(), content: sample, msgId: newMsgId() });
    const send = () =>
      app.fetch(
        new Request(`${ORIGIN}/wechat?${q}`, { method: "POST", body }),
        { ...testEnv, ...plaintext },
        createExecutionContext(),
      );
    expect((await send()).status).toBe(200);
    await ageGuard("wechat", q.get("timestamp")!, q.get("nonce")!, RETRY_WINDOW_MS + 1000);
    const replay = await send();
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe("success");
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
