// Feishu/Lark event encryption and signature (开发者服务器接收事件, open.feishu.cn/document/ukTMukTMukTM/
// uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/encrypt-key-encryption-configuration-case):
// key = SHA-256(Encrypt Key), AES-256-CBC, PKCS#7, base64(IV ‖ ciphertext) with a random 16-byte IV;
// X-Lark-Signature = hex(SHA-256(timestamp + nonce + Encrypt Key + raw body)).
import { Base64Error, decodeBase64, encodeBase64 } from "../common/base64.ts";
import { safeEqual } from "../common/signature.ts";

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export class FeishuCryptError extends Error {}

const keys = new Map<string, Promise<CryptoKey>>();

/** One imported key per Encrypt Key and isolate. */
function aesKey(encryptKey: string): Promise<CryptoKey> {
  let key = keys.get(encryptKey);
  if (!key) {
    key = crypto.subtle
      .digest("SHA-256", encoder.encode(encryptKey))
      .then((raw) => crypto.subtle.importKey("raw", raw, { name: "AES-CBC" }, false, ["encrypt", "decrypt"]));
    keys.set(encryptKey, key);
  }
  return key;
}

export async function decryptFeishu(encryptKey: string, encrypt: string): Promise<string> {
  let sealed: Uint8Array<ArrayBuffer>;
  try {
    sealed = decodeBase64(encrypt) as Uint8Array<ArrayBuffer>;
  } catch (e) {
    if (e instanceof Base64Error) throw new FeishuCryptError("bad_base64");
    throw e;
  }
  // The IV block and at least one block of ciphertext.
  if (sealed.length < 32 || sealed.length % 16 !== 0) throw new FeishuCryptError("bad_length");
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: "AES-CBC", iv: sealed.subarray(0, 16) },
      await aesKey(encryptKey),
      sealed.subarray(16),
    );
  } catch {
    // Web Crypto checks the PKCS#7 padding: a wrong key or a tampered body fails here.
    throw new FeishuCryptError("decrypt_failed");
  }
  try {
    return strictUtf8.decode(plain);
  } catch {
    throw new FeishuCryptError("bad_utf8");
  }
}

/** What the platform does (for tests and the simulator); `iv` fixed only to reproduce a vector. */
export async function encryptFeishu(
  encryptKey: string,
  plaintext: string,
  iv: Uint8Array<ArrayBuffer> = crypto.getRandomValues(new Uint8Array(16)),
): Promise<string> {
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-CBC", iv },
    await aesKey(encryptKey),
    encoder.encode(plaintext),
  );
  const out = new Uint8Array(16 + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), 16);
  return encodeBase64(out);
}

export async function signFeishu(timestamp: string, nonce: string, encryptKey: string, body: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(timestamp + nonce + encryptKey + body));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function verifyFeishuSignature(
  headers: { timestamp: string; nonce: string; signature: string },
  encryptKey: string,
  body: string,
): Promise<boolean> {
  return safeEqual(
    await signFeishu(headers.timestamp, headers.nonce, encryptKey, body),
    headers.signature.toLowerCase(),
  );
}
