import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "../../../worker/channels/common/base64.ts";
import { CryptErrorCode, createMsgCrypt, MsgCryptError } from "../../../worker/channels/common/msg-crypt.ts";
import { safeEqual, signParts, verifySignature } from "../../../worker/channels/common/signature.ts";
import vectors from "./wechat-vectors.json";

const encoder = new TextEncoder();

async function expectCryptError(p: Promise<unknown>, code: number, reason: string) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(MsgCryptError);
  expect((e as MsgCryptError).code).toBe(code);
  expect((e as MsgCryptError).reason).toBe(reason);
}

// Re-encrypts a plaintext block stream with WeChat's key/IV, with our own (possibly broken) padding.
async function sealRaw(keyText: string, plain: Uint8Array): Promise<string> {
  const raw = Uint8Array.from(atob(`${keyText}=`), (ch) => ch.charCodeAt(0));
  const key = await crypto.subtle.importKey("raw", raw, "AES-CBC", false, ["encrypt"]);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-CBC", iv: raw.slice(0, 16) }, key, plain as Uint8Array<ArrayBuffer>),
  );
  return encodeBase64(sealed.subarray(0, plain.length));
}

function body(msg: string, id: string, random = new Uint8Array(16)): Uint8Array {
  const m = encoder.encode(msg);
  const out = new Uint8Array(20 + m.length + id.length);
  out.set(random);
  new DataView(out.buffer).setUint32(16, m.length);
  out.set(m, 20);
  out.set(encoder.encode(id), 20 + m.length);
  return out;
}

function withPad(b: Uint8Array, pad: number, fill = pad): Uint8Array {
  const out = new Uint8Array(b.length + pad).fill(fill);
  out.set(b);
  return out;
}

describe("signatures (wechat-vectors.json)", () => {
  it.each(vectors.plain_signature)("plain signature: $src", async (v) => {
    expect(await signParts([v.token, v.timestamp, v.nonce])).toBe(v.signature);
    expect(await verifySignature([v.token, v.timestamp, v.nonce], v.signature)).toBe(true);
  });
  it.each(vectors.msg_signature)("msg_signature: $src", async (v) => {
    expect(await signParts([v.token, v.timestamp, v.nonce, v.encrypt])).toBe(v.signature);
  });
  it.each(vectors.decrypt)("decrypt vectors' msg_signature: $src", async (v) => {
    expect(await signParts([v.token, v.timestamp, v.nonce, v.encrypt])).toBe(v.msg_signature);
  });
  it.each(vectors.wecom_verify_url)("echostr msg_signature: $src", async (v) => {
    expect(await verifySignature([v.token, v.timestamp, v.nonce, v.echostr], v.msg_signature)).toBe(true);
  });
  it("compares in constant time and refuses near misses", () => {
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("abc", "abd")).toBe(false);
    expect(safeEqual("abc", "abcd")).toBe(false);
  });
});

describe("AES (wechat-vectors.json)", () => {
  it.each(vectors.encrypt_fixed_random)("encrypts with a fixed random: $src", async (v) => {
    const crypt = await createMsgCrypt(v.key, v.id);
    expect(await crypt.encrypt(v.msg, encoder.encode(v.random))).toBe(v.cipher);
    expect(await crypt.decrypt(v.cipher)).toBe(v.msg);
    if ("signature" in v && v.signature)
      expect(await signParts([v.token!, v.timestamp!, v.nonce!, v.cipher])).toBe(v.signature);
  });
  it.each(vectors.decrypt)("decrypts (pad $pad): $src", async (v) => {
    expect(await (await createMsgCrypt(v.key, v.id)).decrypt(v.encrypt)).toBe(v.plain);
  });
  it.each(vectors.wecom_verify_url)("decrypts a WeCom echostr: $src", async (v) => {
    expect(await (await createMsgCrypt(v.key, v.id)).decrypt(v.echostr)).toBe(v.plain);
  });
  it("round-trips every pad length 1..32", async () => {
    const crypt = await createMsgCrypt(vectors.decrypt[0]!.key, "wxid");
    for (let n = 0; n < 32; n++) {
      const msg = `${"x".repeat(n)}中文`;
      expect(await crypt.decrypt(await crypt.encrypt(msg))).toBe(msg);
    }
  });
  it("uses fresh random bytes for each encryption", async () => {
    const crypt = await createMsgCrypt(vectors.decrypt[0]!.key, "wxid");
    expect(await crypt.encrypt("same")).not.toBe(await crypt.encrypt("same"));
  });
});

describe("AES refusals", () => {
  const key = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
  const id = "wx2c2769f8efd9abc2";

  it("refuses the wrong receiveid (-40005)", async () => {
    const v = vectors.decrypt[0]!;
    await expectCryptError(
      (await createMsgCrypt(v.key, "wx_someone_else")).decrypt(v.encrypt),
      CryptErrorCode.receiveId,
      "wrong_receiveid",
    );
    await expectCryptError(
      (await createMsgCrypt(v.key, v.id.slice(0, -1))).decrypt(v.encrypt),
      CryptErrorCode.receiveId,
      "wrong_receiveid",
    );
  });
  it("refuses non-base64 (-40010), spaces in place of + included", async () => {
    const crypt = await createMsgCrypt(key, id);
    await expectCryptError(crypt.decrypt("not base64!"), CryptErrorCode.base64, "bad_base64");
    await expectCryptError(
      crypt.decrypt(vectors.decrypt[0]!.encrypt.replaceAll("+", " ")),
      CryptErrorCode.base64,
      "bad_base64",
    );
    await expectCryptError(crypt.decrypt("QUJD"), CryptErrorCode.buffer, "bad_length");
  });
  it("refuses a length that is not a multiple of 16 (-40008)", async () => {
    const crypt = await createMsgCrypt(key, id);
    await expectCryptError(crypt.decrypt(encodeBase64(new Uint8Array(40))), CryptErrorCode.buffer, "bad_length");
    await expectCryptError(crypt.decrypt(""), CryptErrorCode.buffer, "bad_length");
  });
  it("refuses bad padding: 0, over 32, or unequal pad bytes (-40007)", async () => {
    const crypt = await createMsgCrypt(key, id);
    const b = body("hi", id);
    const room = 32 - (b.length % 32);
    const zeroPad = withPad(b, room, 0);
    await expectCryptError(crypt.decrypt(await sealRaw(key, zeroPad)), CryptErrorCode.decrypt, "bad_padding");
    const tooBig = withPad(b, room, 33);
    await expectCryptError(crypt.decrypt(await sealRaw(key, tooBig)), CryptErrorCode.decrypt, "bad_padding");
    const uneven = withPad(b, room);
    uneven[uneven.length - 2] = 1;
    await expectCryptError(crypt.decrypt(await sealRaw(key, uneven)), CryptErrorCode.decrypt, "bad_padding");
    // The same bytes with correct padding open: the refusals above are the padding's, not the sealing's.
    expect(await crypt.decrypt(await sealRaw(key, withPad(b, room)))).toBe("hi");
  });
  it("refuses a message length larger than the plaintext (-40008)", async () => {
    const crypt = await createMsgCrypt(key, id);
    const b = body("hi", id);
    new DataView(b.buffer).setUint32(16, 1000);
    await expectCryptError(
      crypt.decrypt(await sealRaw(key, withPad(b, 32 - (b.length % 32)))),
      CryptErrorCode.buffer,
      "bad_length",
    );
  });
  it("refuses invalid UTF-8", async () => {
    const crypt = await createMsgCrypt(key, id);
    const b = body("hi", id);
    b[20] = 0xff;
    await expectCryptError(
      crypt.decrypt(await sealRaw(key, withPad(b, 32 - (b.length % 32)))),
      CryptErrorCode.buffer,
      "bad_utf8",
    );
  });
  it("refuses an EncodingAESKey that is not 43 base64 characters (-40004)", async () => {
    await expectCryptError(createMsgCrypt("short", id), CryptErrorCode.aesKey, "bad_aes_key");
    await expectCryptError(createMsgCrypt(`${key}=`, id), CryptErrorCode.aesKey, "bad_aes_key");
  });
});

describe("base64", () => {
  it("decodes strictly", () => {
    expect(decodeBase64("QUJD")).toEqual(new Uint8Array([65, 66, 67]));
    expect(() => decodeBase64("QUJ")).toThrow();
    expect(() => decodeBase64("QU JD")).toThrow();
    expect(() => decodeBase64("QUJD\n")).toThrow();
  });
});
