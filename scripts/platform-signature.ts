// The signature WeChat and WeCom put on a push, computed the platform's way with Node's crypto, apart from the
// worker's own code (worker/channels/common/signature.ts) so the tools that play the platform check it rather
// than repeat it. https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html
import { createHash } from "node:crypto";

/** Lowercase hex SHA-1 of the parts sorted and joined (token, timestamp, nonce, and Encrypt when encrypted). */
export function platformSignature(parts: string[]): string {
  return createHash("sha1")
    .update([...parts].sort().join(""))
    .digest("hex");
}
