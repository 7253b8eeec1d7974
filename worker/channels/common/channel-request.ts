import type { Context } from "hono";
import { isFresh } from "./freshness.ts";
import { rawQuery } from "./raw-query.ts";
import { type Channel, refuse } from "./refuse.ts";
import { hasDoctypeOrEntity, parseFlatXml, XmlError } from "./xml.ts";

/**
 * The query every callback carries, read raw (base64 keeps its "+"), with a timestamp within ±300 s and a
 * nonce, or the refusal to send.
 */
export function freshQuery(
  c: Context,
  channel: Channel,
): { q: Map<string, string>; timestamp: string; nonce: string } | Response {
  const q = rawQuery(c.req.url);
  const timestamp = q.get("timestamp");
  const nonce = q.get("nonce");
  if (!timestamp || !nonce) return refuse(c, channel, 400, "missing_parameters");
  if (!isFresh(timestamp)) return refuse(c, channel, 403, "stale_timestamp");
  return { q, timestamp, nonce };
}

/** A message's flat XML, refusing DOCTYPE/ENTITY before parsing and malformed XML after. */
export function parseMessageXml(c: Context, channel: Channel, xml: string): Record<string, string> | Response {
  if (hasDoctypeOrEntity(xml)) return refuse(c, channel, 400, "doctype_refused");
  try {
    return parseFlatXml(xml);
  } catch (e) {
    if (e instanceof XmlError) return refuse(c, channel, 400, "bad_xml", { code: -40002 });
    throw e;
  }
}
