import type { MsgCrypt } from "./msg-crypt.ts";
import { signParts } from "./signature.ts";

export interface SealedReply {
  encrypt: string;
  signature: string;
  timestamp: string;
  nonce: string;
}

/** Encrypts and signs a reply with fresh random bytes and nonce (safe mode, WeCom app and bot). */
export async function sealReply(
  crypt: MsgCrypt,
  token: string,
  plaintext: string,
  nowMs = Date.now(),
): Promise<SealedReply> {
  const encrypt = await crypt.encrypt(plaintext);
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = String(crypto.getRandomValues(new Uint32Array(1))[0]);
  return { encrypt, signature: await signParts([token, timestamp, nonce, encrypt]), timestamp, nonce };
}

/** The XML envelope of an encrypted reply (Official Account safe mode, WeCom app). */
export function toEnvelopeXml(s: SealedReply): string {
  return (
    `<xml><Encrypt><![CDATA[${s.encrypt}]]></Encrypt><MsgSignature><![CDATA[${s.signature}]]></MsgSignature>` +
    `<TimeStamp>${s.timestamp}</TimeStamp><Nonce><![CDATA[${s.nonce}]]></Nonce></xml>`
  );
}
