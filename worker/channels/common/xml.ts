// The platform's XML is flat: <xml><Tag><![CDATA[…]]></Tag>…</xml>. A small linear scanner is enough and
// has no entity expansion, no DTD and no external references to attack (the XXE bugs of several SDKs).

export class XmlError extends Error {}

/** Refused before any parsing: a DTD is never part of a platform message. */
export function hasDoctypeOrEntity(body: string): boolean {
  return /<!DOCTYPE|<!ENTITY/i.test(body);
}

// Characters XML 1.0 forbids (users do send \x02, \x1d …), and lone surrogates, which no encoder accepts.
const ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what the pattern removes.
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL, "");
}

/** A CDATA section that survives any text: `]]>` is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${stripIllegalXmlChars(text).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const OPEN_TAG = /<([A-Za-z_][\w.:-]*)\s*(\/?)>/y;
const MAX_DEPTH = 4;

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return i;
}

// Reads the elements up to `close`, writing each text element into `out` (first one wins, so a top-level
// field is never shadowed by a nested one of the same name). Returns the index after `close`.
function readChildren(s: string, i: number, close: string, out: Record<string, string>, depth: number): number {
  for (;;) {
    i = skipSpace(s, i);
    if (s.startsWith(close, i)) return i + close.length;
    OPEN_TAG.lastIndex = i;
    const open = OPEN_TAG.exec(s);
    if (!open) throw new XmlError(`expected an element at ${i}`);
    const name = open[1]!;
    i = OPEN_TAG.lastIndex;
    if (open[2]) {
      if (!(name in out)) out[name] = "";
      continue;
    }
    const end = `</${name}>`;
    const first = skipSpace(s, i);
    if (s[first] === "<" && !s.startsWith("<![CDATA[", first) && !s.startsWith(end, first)) {
      if (depth >= MAX_DEPTH) throw new XmlError("nested too deep");
      i = readChildren(s, first, end, out, depth + 1);
      continue;
    }
    let value = "";
    for (;;) {
      if (s.startsWith("<![CDATA[", i)) {
        const j = s.indexOf("]]>", i + 9);
        if (j < 0) throw new XmlError("unterminated CDATA");
        value += s.slice(i + 9, j);
        i = j + 3;
      } else if (s.startsWith(end, i)) {
        i += end.length;
        break;
      } else {
        const j = s.indexOf("<", i);
        if (j < 0 || j === i) throw new XmlError(`unterminated <${name}>`);
        value += decodeEntities(s.slice(i, j));
        i = j;
      }
    }
    if (!(name in out)) out[name] = value;
  }
}

/** Fields of a platform message, by tag name. Throws XmlError on anything but `<xml>…</xml>`. */
export function parseFlatXml(body: string): Record<string, string> {
  let i = skipSpace(body, 0);
  if (body.startsWith("<?xml", i)) {
    const j = body.indexOf("?>", i);
    if (j < 0) throw new XmlError("unterminated declaration");
    i = skipSpace(body, j + 2);
  }
  if (!body.startsWith("<xml>", i)) throw new XmlError("root is not <xml>");
  const out: Record<string, string> = Object.create(null);
  i = readChildren(body, i + 5, "</xml>", out, 1);
  if (skipSpace(body, i) !== body.length) throw new XmlError("content after </xml>");
  return out;
}
