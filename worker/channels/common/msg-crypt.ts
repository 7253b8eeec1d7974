// WXBizMsgCrypt, the message encryption of Official Account safe mode, WeCom apps and the WeCom bot, with
// Web Crypto only. Spec: Tencent's 消息加解密说明 (developers.weixin.qq.com/doc/offiaccount/Message_Management/
// Message_encryption_and_decryption_instructions.html) and its sample code (WXBizMsgCrypt); docs/WECHAT.md.
import { Base64Error, decodeBase64, encodeBase64 } from "./base64.ts";

/** The platform's own error codes, reused in logs. */
export const CryptErrorCode = {
  aesKey: -40004,
  receiveId: -40005,
  decrypt: -40007,
  buffer: -40008,
  base64: -40010,
} as const;

/** `reason` is a snake_case code, logged and returned as the refusal's error code. */
export class MsgCryptError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export interface MsgCrypt {
  /** `random` (16 bytes) only for tests against fixed vectors: every reply needs fresh random bytes. */
  encrypt(message: string, random?: Uint8Array): Promise<string>;
  decrypt(base64: string): Promise<string>;
}

const BLOCK = 32; // WeChat pads PKCS#7-style to 32 bytes, not AES's 16.
const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** key = base64(EncodingAESKey + "="), 32 bytes; IV = its first 16 bytes. */
export async function createMsgCrypt(encodingAesKey: string, receiveId: string): Promise<MsgCrypt> {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) throw new MsgCryptError(CryptErrorCode.aesKey, "bad_aes_key");
  // atob, not the strict decoder: Tencent's keys may have non-zero trailing bits (…EFG), which atob discards.
  const raw = Uint8Array.from(atob(`${encodingAesKey}=`), (ch) => ch.charCodeAt(0));
  const iv = raw.slice(0, 16);
  const key = await crypto.subtle.importKey("raw", raw, { name: "AES-CBC" }, false, ["encrypt", "decrypt"]);
  const receiveIdBytes = encoder.encode(receiveId);

  return {
    async encrypt(message, random = crypto.getRandomValues(new Uint8Array(16))) {
      const body = encoder.encode(message);
      const length = new Uint8Array(4);
      new DataView(length.buffer).setUint32(0, body.length);
      const plain = concat(random, length, body, receiveIdBytes);
      const pad = BLOCK - (plain.length % BLOCK);
      const padded = concat(plain, new Uint8Array(pad).fill(pad));
      // Web Crypto always appends its own 16-byte pad block: drop it, our 32-byte padding is already there.
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-CBC", iv }, key, padded));
      return encodeBase64(sealed.subarray(0, padded.length));
    },

    async decrypt(base64) {
      let sealed: Uint8Array;
      try {
        sealed = decodeBase64(base64);
      } catch (e) {
        if (e instanceof Base64Error) throw new MsgCryptError(CryptErrorCode.base64, "bad_base64");
        throw e;
      }
      if (sealed.length === 0 || sealed.length % 16 !== 0) throw new MsgCryptError(CryptErrorCode.buffer, "bad_length");
      // Web Crypto's AES-CBC only accepts pads of 1..16 and throws on WeChat's 17..32 (about half of all
      // messages). Append one block that decrypts to sixteen 0x10 bytes, a pad it accepts, and strip the
      // 32-byte padding ourselves: CBC decrypts block n+1 as D(C[n+1]) xor C[n], so C[n+1] = E(0x10… xor C[n]).
      const last = sealed.slice(sealed.length - 16);
      const extra = new Uint8Array(
        await crypto.subtle.encrypt({ name: "AES-CBC", iv: last }, key, new Uint8Array(16).fill(16)),
      ).subarray(0, 16);
      let plain: Uint8Array;
      try {
        plain = new Uint8Array(await crypto.subtle.decrypt({ name: "AES-CBC", iv }, key, concat(sealed, extra)));
      } catch {
        throw new MsgCryptError(CryptErrorCode.decrypt, "decrypt_failed");
      }
      const pad = plain[plain.length - 1] ?? 0;
      if (pad < 1 || pad > BLOCK || pad > plain.length) throw new MsgCryptError(CryptErrorCode.decrypt, "bad_padding");
      for (let i = plain.length - pad; i < plain.length; i++) {
        if (plain[i] !== pad) throw new MsgCryptError(CryptErrorCode.decrypt, "bad_padding");
      }
      const content = plain.subarray(16, plain.length - pad);
      if (content.length < 4) throw new MsgCryptError(CryptErrorCode.buffer, "bad_length");
      const length = new DataView(content.buffer, content.byteOffset, 4).getUint32(0);
      if (4 + length > content.length) throw new MsgCryptError(CryptErrorCode.buffer, "bad_length");
      let message: string;
      let from: string;
      try {
        message = strictUtf8.decode(content.subarray(4, 4 + length));
        from = strictUtf8.decode(content.subarray(4 + length));
      } catch {
        throw new MsgCryptError(CryptErrorCode.buffer, "bad_utf8");
      }
      if (from !== receiveId || content.length - 4 - length !== receiveIdBytes.length) {
        throw new MsgCryptError(CryptErrorCode.receiveId, "wrong_receiveid");
      }
      return message;
    },
  };
}
