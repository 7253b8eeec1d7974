import type { Context } from "hono";
import { createMsgCrypt, type MsgCrypt, MsgCryptError } from "./msg-crypt.ts";
import { type Channel, refuse } from "./refuse.ts";
import { verifySignature } from "./signature.ts";

const crypts = new Map<string, Promise<MsgCrypt>>();

/** One imported key per (key, receiveid) and isolate: importKey is not free and settings rarely change. */
export function msgCryptFor(encodingAesKey: string, receiveId: string): Promise<MsgCrypt> {
  const id = `${encodingAesKey}\u0000${receiveId}`;
  let crypt = crypts.get(id);
  if (!crypt) {
    crypt = createMsgCrypt(encodingAesKey, receiveId);
    crypt.catch(() => crypts.delete(id));
    crypts.set(id, crypt);
  }
  return crypt;
}

export interface SealedRequest {
  token: string;
  crypt: MsgCrypt;
  timestamp: string;
  nonce: string;
  msgSignature: string | undefined;
  /** Encrypt of the body, or echostr of a WeCom URL check. */
  encrypt: string | undefined;
}

/** Checks msg_signature over the ciphertext, then decrypts it; a refusal Response when either fails. */
export async function openSealed(
  c: Context,
  channel: Channel,
  r: SealedRequest,
): Promise<{ plaintext: string } | { refused: Response }> {
  if (!r.encrypt) return { refused: refuse(c, channel, 400, "missing_encrypt") };
  if (!r.msgSignature) return { refused: refuse(c, channel, 401, "missing_msg_signature") };
  if (!(await verifySignature([r.token, r.timestamp, r.nonce, r.encrypt], r.msgSignature))) {
    return { refused: refuse(c, channel, 401, "bad_msg_signature", { code: -40001 }) };
  }
  try {
    return { plaintext: await r.crypt.decrypt(r.encrypt) };
  } catch (e) {
    if (e instanceof MsgCryptError) return { refused: refuse(c, channel, 400, e.reason, { code: e.code }) };
    throw e;
  }
}
