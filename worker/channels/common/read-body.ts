/** Callback bodies are a few KB; anything above this is refused unread. */
export const MAX_CALLBACK_BYTES = 64 * 1024;

/** The body as text, or null when it is (or claims to be) larger than `limit`: never read past it. */
export async function readBodyLimited(req: Request, limit = MAX_CALLBACK_BYTES): Promise<string | null> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
