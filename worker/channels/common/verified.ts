// What a channel's verify middleware leaves on the context. A route behind it reads `message`, already checked
// (signature, timestamp) and opened (decrypted), and goes on with parse → answer() → format.
import type { Env } from "../../env.ts";
import type { SealedReply } from "./envelope.ts";

/** The Hono Env of a route behind a verify middleware: the platform's message, and what else the route needs. */
export type Verified<Message, More = object> = { Bindings: Env; Variables: { message: Message } & More };

/** The query's timestamp and nonce, and whether the signature covers the body (msg_signature over Encrypt). */
export interface SignedRequest {
  timestamp: string;
  nonce: string;
  bodySigned: boolean;
}

/**
 * Tencent's callbacks (Official Account, WeCom app, WeCom bot): the message in plaintext (XML, JSON, or a URL
 * check's echostr), how it was signed, and `seal` when it arrived sealed, so that the reply goes back sealed.
 */
export type TencentEnv = Verified<string, { signed: SignedRequest; seal?: (reply: string) => Promise<SealedReply> }>;
