// The tools' own platform crypto (Node's crypto) against the platforms' documented samples: what the
// simulators and the load run send is what DingTalk and Feishu send.
import { createDecipheriv, createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dingtalkSign, feishuEncrypt, feishuSignature } from "../../scripts/platform-bots.ts";
import dingtalk from "../worker/dingtalk/dingtalk-vectors.json";
import feishu from "../worker/feishu/feishu-vectors.json";

describe("platform-bots", () => {
  it("signs like DingTalk's 加签 sample", () => {
    for (const v of dingtalk.robot_sign) expect(dingtalkSign(v.timestamp, v.secret)).toBe(v.sign);
  });
  it("encrypts like Feishu: SHA-256 key, random IV in front, AES-256-CBC", () => {
    const sealed = Buffer.from(feishuEncrypt("test key", "hello world"), "base64");
    const key = createHash("sha256").update("test key").digest();
    const d = createDecipheriv("aes-256-cbc", key, sealed.subarray(0, 16));
    expect(Buffer.concat([d.update(sealed.subarray(16)), d.final()]).toString()).toBe("hello world");
    expect(feishuEncrypt("test key", "x")).not.toBe(feishuEncrypt("test key", "x"));
  });
  it("computes X-Lark-Signature as in the vectors", () => {
    for (const v of feishu.signature) expect(feishuSignature(v.timestamp, v.nonce, v.key, v.body)).toBe(v.signature);
  });
});
