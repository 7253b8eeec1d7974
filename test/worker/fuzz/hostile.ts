// What arrives from the internet: arbitraries of hostile text, JSON, methods and content types, and the
// checks every fuzzed response must pass.
import { SELF } from "cloudflare:test";
import fc from "fast-check";
import { expect } from "vitest";

/** Seeded runs so a failure replays; FUZZ_SEED=… picks another. Kept small: ~10k cases in all. */
export const runs = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  seed: Number(process.env.FUZZ_SEED ?? 20241107),
  endOnFailure: true,
});

const SPECIAL = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\u001b",
  "\u007f",
  "\u0085", // control characters
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF", // lone surrogates
  "\u202E",
  "\u202D",
  "\u200F",
  "\u061C",
  "مرحبا",
  "שלום", // RTL overrides and text
  "\u200B",
  "\u200C",
  "\u200D",
  "\u2060",
  "\uFEFF", // zero-width
  "\uFFFE",
  "\uFFFF",
  "\u{10FFFF}",
  "👩‍👩‍👧",
  "🇨🇳",
  "\u0301", // non-characters, emoji sequences, combining
  "<",
  ">",
  "&",
  '"',
  "'",
  "\\",
  "]]>",
  "<![CDATA[",
  "</xml>",
  "%",
  "%zz",
  "+",
  "\r\n",
  "电动自行车",
  "以旧換新",
  "多少",
  "呢",
];

/** Any UTF-16 text, biased to the characters that break parsers, encoders and renderers. */
export const hostileText = (maxLength = 40) =>
  fc.string({
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 1 }) },
    ),
    maxLength,
  });

/** Hostile text, or one of the sizes at the edges: empty, whitespace, at and past the limits, huge. */
export const hostileString = fc.oneof(
  { weight: 6, arbitrary: hostileText() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\t\n",
      "问".repeat(500),
      "问".repeat(501),
      "a".repeat(17 * 1024),
      "😀".repeat(300),
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40_000 }).map((n) => "x".repeat(n)) },
);

/** JSON nested `depth` levels deep, as text (JSON.stringify of such a value would itself recurse). */
export const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`,
  );

/** Any JSON value, including wrongly typed fields of the shapes the API expects. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({ question: fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 })) }, { requiredKeys: [] }),
  fc.record(
    {
      question: hostileString,
      history: fc.oneof(
        fc.array(fc.record({ question: hostileString }), { maxLength: 12 }),
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 12 }),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      vote: fc.oneof(fc.constantFrom("up", "down"), fc.jsonValue({ maxDepth: 1 })),
      answer: fc.oneof(hostileString, fc.jsonValue({ maxDepth: 1 })),
      citation: fc.oneof(fc.constantFrom("a1-2", "<script>", ""), hostileText(70)),
    },
    { requiredKeys: [] },
  ),
);

/** A body as text: JSON of a hostile value, deep JSON, or not JSON at all. */
export const hostileJsonBody = fc.oneof(
  { weight: 5, arbitrary: hostileJsonValue.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: deepJson },
  { weight: 1, arbitrary: hostileText(200) },
  { weight: 1, arbitrary: hostileJsonValue.map((v) => (JSON.stringify(v) ?? "").slice(0, -1)) }, // truncated
);

export const methods = fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

export const contentTypes = fc.constantFrom(
  undefined,
  "application/json",
  "application/json; charset=utf-8",
  "application/problem+json",
  "APPLICATION/JSON",
  "text/plain",
  "text/xml",
  "application/xml",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/jsonx",
  "",
);

export interface Sent {
  method: string;
  path: string;
  contentType?: string;
  body?: string;
}

export function send({ method, path, contentType, body }: Sent, origin = "https://fuzz.example"): Promise<Response> {
  const hasBody = body !== undefined && method !== "GET" && method !== "HEAD";
  return SELF.fetch(`${origin}${path}`, {
    method,
    headers: contentType === undefined ? {} : { "content-type": contentType },
    body: hasBody ? body : undefined,
  });
}

/** Never a 5xx, and where the body is JSON it parses. Returns the parsed JSON body, if any. */
export async function expectNo5xx(res: Response, what: unknown): Promise<unknown> {
  if (res.status >= 500)
    expect.fail(`${res.status} for ${JSON.stringify(what).slice(0, 300)}: ${(await res.text()).slice(0, 300)}`);
  expect([200, 204, 400, 401, 403, 404, 405, 409, 413, 415]).toContain(res.status);
  if (/application\/json/.test(res.headers.get("content-type") ?? "")) {
    const text = await res.text();
    return text ? JSON.parse(text) : undefined;
  }
  await res.arrayBuffer();
  return undefined;
}

/** A 4xx of the API carries { error: { code, message } }. */
export async function expectApiReply(res: Response, sent: Sent): Promise<unknown> {
  const status = res.status;
  const isJson = /application\/json/.test(res.headers.get("content-type") ?? "");
  const body = await expectNo5xx(res, sent);
  if (status >= 400 && sent.method !== "HEAD") {
    expect(isJson, `${status} without JSON for ${JSON.stringify(sent).slice(0, 200)}`).toBe(true);
    expect(body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  }
  return body;
}

/** The worker still answers a known question correctly. */
export async function expectStillAnswering() {
  const res = await SELF.fetch(`https://fuzz.example/api/ask?q=${encodeURIComponent("电动自行车以旧换新全国排第几")}`);
  expect(res.status).toBe(200);
  const body = await res.json<{ found: boolean; answer: string }>();
  expect(body.found).toBe(true);
  expect(body.answer).toContain("第1");
}
