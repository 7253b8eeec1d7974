// The language tables the builder makes from real resources (index-builder/lexicon/build-lexicon.ts), and
// the question rewrites they allow. Knows Chinese and English, nothing of any one interview: the interview's
// own aliases arrive in the table from content/glossary.md.

export interface Lexicon {
  /** English word or phrase (lower case) → the Chinese word it glosses (normalize()d). */
  english: Record<string, string>;
  /** [alias, term]: readers' names for the interview's terms, both normalize()d. */
  aliases: [string, string][];
  /** Toneless reading of two characters ("huan xin") → the interview's bigrams read so, space-separated. */
  pinyin: Record<string, string>;
  /** Toneless syllable → the common characters read so. */
  chars: Record<string, string>;
  /** Place names the interview never mentions, space-separated. */
  places: string;
  /**
   * Firms and brands the interview never mentions (京东, 海尔: CC-CEDICT's proper names of companies, brands, shops
   * and websites), space-separated.
   */
  firms?: string;
  /** Place names the interview mentions (its province, its cities), space-separated. */
  said?: string;
  /**
   * Places the interview names besides its own region (its glossary's "## Places"), space-separated: a
   * question about one is answered only by a passage that names it.
   */
  named?: string;
  /** Those of them that are cities, counties or districts (CC-CEDICT), space-separated: what answers 哪个城市. */
  cityNames?: string;
  /** Firms the interview names (its glossary's "## Firms"), space-separated: answered for only where named. */
  namedFirms?: string;
  /** Chinese measure words (CC-CEDICT's classifiers), one character each. */
  classifiers: string;
  /** English function words, dropped from a question. */
  englishStop: string[];
  /** A common word the interview lacks → interview words with the same gloss (CC-CEDICT), space-separated. */
  synonyms: Record<string, string>;
  /** Common two-character words (jieba), concatenated: a bigram not among them is likely two words' junction. */
  words: string;
  /**
   * One letter per word of `words`, by jieba's part of speech: n for a common noun, f for a function word, t for
   * a time word, - otherwise.
   */
  nouns?: string;
  /** Single characters that are function words (我, 就, 也), by jieba's part of speech. */
  functionChars?: string;
}

export interface LoadedLexicon extends Lexicon {
  readingsOf: Map<string, string[]>;
  placeSet: Set<string>;
  namedPlaces: string[];
  /** The firms the interview names. */
  firmsNamed: string[];
  /** The named places that are cities, counties or districts. */
  cities: string[];
  saidPlaces: string[];
  /** The first two characters of every place name. */
  placeStarts: Set<string>;
  firmSet: Set<string>;
  /** The first two characters of every firm's name. */
  firmStarts: Set<string>;
  stopSet: Set<string>;
  /** 几处, 多少座: a question word and the measure word after it (not 几个月: its 月 names a span). */
  countWordAfterAsk: RegExp | undefined;
  wordSet: Set<string>;
  /** The common nouns among them (销量, 标准, 价格): a noun just before 多少 is what is asked for, not a verb. */
  nounSet: Set<string>;
  /**
   * How a question puts things, not what it is about: a function word (这样, 一直, 但是), two function
   * characters that make no word (我就, 也都), or one alone (它).
   */
  isFunction: (pair: string) => boolean;
  /** Time words (今年, 目前, 现在): when a question is set, not what it is about. */
  timeWordSet: Set<string>;
  /** Synonym keys by their first two characters. */
  synonymsByStart: Map<string, string[]>;
  /** Positions in `aliases` by the alias's first character. */
  aliasesByStart: Map<string, number[]>;
  /** Longest English phrase, in words. */
  longestPhrase: number;
}

/**
 * The tables as the core reads them. The sets and maps are made on first use, not at load: made eagerly they
 * were ~9 ms of an isolate's start-up (16k words, 3k readings), which every cold request paid even for a greeting.
 */
export function loadLexicon(lexicon: Lexicon): LoadedLexicon {
  const made = new Map<string, unknown>();
  const lazy = <T>(name: string, make: () => T): T => {
    if (!made.has(name)) made.set(name, make());
    return made.get(name) as T;
  };
  const words = () => lazy("words", () => lexicon.words?.match(/../gu) ?? []);
  const places = () => lazy("places", () => lexicon.places.split(" "));
  const firms = () => lazy("firms", () => (lexicon.firms ? lexicon.firms.split(" ") : []));
  return {
    ...lexicon,
    // Longest alias first, so that 电动机车 is read before 机车 could be.
    aliases: [...lexicon.aliases].sort(([a], [b]) => b.length - a.length),
    stopSet: new Set(lexicon.englishStop),
    countWordAfterAsk: lexicon.classifiers
      ? new RegExp(`(多少|(?<!哪)几)[${lexicon.classifiers}](?![月年天日周季])`, "g")
      : undefined,
    get readingsOf() {
      return lazy("readingsOf", () => {
        const readings = new Map<string, string[]>();
        for (const [syllable, chars] of Object.entries(lexicon.chars))
          for (const c of chars) readings.set(c, [...(readings.get(c) ?? []), syllable]);
        return readings;
      });
    },
    get placeSet() {
      return lazy("placeSet", () => new Set(places()));
    },
    get namedPlaces() {
      return lazy("namedPlaces", () => (lexicon.named ? lexicon.named.split(" ") : []));
    },
    get firmsNamed() {
      return lazy("firmsNamed", () => (lexicon.namedFirms ? lexicon.namedFirms.split(" ") : []));
    },
    get cities() {
      return lazy("cities", () => (lexicon.cityNames ? lexicon.cityNames.split(" ") : []));
    },
    get saidPlaces() {
      return lazy("saidPlaces", () => (lexicon.said ? lexicon.said.split(" ") : []));
    },
    get placeStarts() {
      return lazy("placeStarts", () => new Set(places().map((p) => p.slice(0, 2))));
    },
    get firmSet() {
      return lazy("firmSet", () => new Set(firms()));
    },
    get firmStarts() {
      return lazy("firmStarts", () => new Set(firms().map((p) => p.slice(0, 2))));
    },
    get wordSet() {
      return lazy("wordSet", () => new Set(words()));
    },
    get nounSet() {
      return lazy("nounSet", () => new Set(words().filter((_, i) => lexicon.nouns?.[i] === "n")));
    },
    get timeWordSet() {
      return lazy("timeWordSet", () => new Set(words().filter((_, i) => lexicon.nouns?.[i] === "t")));
    },
    get isFunction() {
      return lazy("isFunction", () => {
        const list = words();
        const functionWords = new Set(list.filter((_, i) => lexicon.nouns?.[i] === "f"));
        const chars = new Set(lexicon.functionChars ?? "");
        const wordSet = this.wordSet;
        // (A lone function character, 它 or 那, is one too.)
        return (pair: string) =>
          functionWords.has(pair) ||
          (!wordSet.has(pair) && [...pair].length <= 2 && [...pair].every((c) => chars.has(c)));
      });
    },
    get synonymsByStart() {
      return lazy("synonymsByStart", () => {
        const byStart = new Map<string, string[]>();
        for (const word of Object.keys(lexicon.synonyms ?? {}))
          byStart.set(word.slice(0, 2), [...(byStart.get(word.slice(0, 2)) ?? []), word]);
        return byStart;
      });
    },
    get aliasesByStart() {
      return lazy("aliasesByStart", () => {
        const byStart = new Map<string, number[]>();
        // (By code point, as a question is read: `for…of` over a string.)
        for (const [i, [alias]] of this.aliases.entries()) {
          const first = [...alias][0]!;
          byStart.set(first, [...(byStart.get(first) ?? []), i]);
        }
        return byStart;
      });
    },
    get longestPhrase() {
      return lazy("longestPhrase", () => Math.max(1, ...Object.keys(lexicon.english).map((p) => p.split(" ").length)));
    },
  };
}

// English inflection and derivation, undone on a phrase's last word for the gloss tables, which hold base
// forms: innovations → innovation, cities → city, institutional → institution.
// Tried in this order, and only when what is left has four letters or more (sales is not sal). Verb endings
// (-ed, -ing) were tried too and cost a sealed English-mixed answer: not undone.
const SUFFIXES: readonly [RegExp, string][] = [
  [/s$/, ""],
  [/es$/, ""],
  [/ies$/, "y"],
  [/al$/, ""],
  // An agent noun, read as its verb (exporters → export → 出口).
  [/ers?$/, ""],
];
const baseForms = (phrase: string) =>
  SUFFIXES.filter(([ending]) => ending.test(phrase))
    .map(([ending, base]) => phrase.replace(ending, base))
    .filter((form) => /[a-z]{4,}$/.test(form));

/**
 * English words and phrases of a question in Chinese (Hebei outbound investment → 河北 对外直接投资), longest
 * phrase first. Words the tables do not know stay as written: an unknown name (GDP) is a fact to weigh.
 */
export function translateEnglish(normalized: string, lex: LoadedLexicon): string {
  // A run of English words, numbers among them (top 100).
  return normalized.replace(/[a-z][a-z-]*(?:\s+[a-z0-9][a-z0-9-]*)*/g, (run) => {
    // A hyphenated compound no table knows (editor-in-charge) is read word by word; known ones (trade-in) stay.
    const known = (w: string) => lex.english[w] !== undefined || lex.english[w.replace(/-/g, " ")] !== undefined;
    const words = run.split(/\s+/).flatMap((w) => (w.includes("-") && !known(w) ? w.split("-").filter(Boolean) : [w]));
    const out: string[] = [];
    let lastTranslated = false;
    for (let i = 0; i < words.length; ) {
      let taken = 0;
      for (let n = Math.min(lex.longestPhrase, words.length - i); n >= 1 && !taken; n--) {
        const phrase = words.slice(i, i + n).join(" ");
        const hit = [phrase, phrase.replace(/-/g, " "), ...baseForms(phrase)]
          .map((form) => lex.english[form])
          .find((h) => h !== undefined);
        if (hit) {
          // Words translated one after another make one compound (new energy vehicle → 新能源车辆), as the
          // interview writes its terms, so that their bigrams can meet the interview's.
          out.push(i > 0 && lastTranslated ? hit : ` ${hit}`);
          lastTranslated = true;
          taken = n;
        }
      }
      if (!taken) {
        if (!lex.stopSet.has(words[i]!)) out.push(` ${words[i]} `);
        lastTranslated = false;
        taken = 1;
      }
      i += taken;
    }
    return `${out.join("")} `;
  });
}

// A Han character in the BMP (the CJK blocks and compatibility ideographs): a typo's pair is two of them.
const isHan = (code: number) =>
  (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/**
 * Pinyin-IME homophone typos: a pair of characters the interview never has, read exactly like one pair it
 * has (and only one), is taken for that pair (以旧换心 → 以旧换新, 净彩 → 净菜). A pair that is a common word of
 * jieba's dictionary (看待, not 换心) is no typo.
 */
export function fixHomophones(
  normalized: string,
  lex: LoadedLexicon,
  known: (pair: string) => boolean,
  /** UTF-16 offsets of characters that must stay as written. */
  frozen: ReadonlySet<number> = new Set(),
): string {
  // Offsets are UTF-16 (as String.prototype.matchAll gives them); Han in the BMP is one unit a character.
  const chars = normalized.split("");
  const words = lex.wordSet;
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    // A common word of the dictionary (看待) is what the IME offered for its reading: no typo.
    if (
      !isHan(pair.charCodeAt(0)) ||
      !isHan(pair.charCodeAt(1)) ||
      known(pair) ||
      lex.wordSet.has(pair) ||
      frozen.has(i) ||
      frozen.has(i + 1)
    )
      continue;
    const candidates = new Set<string>();
    for (const a of lex.readingsOf.get(chars[i]!) ?? [])
      for (const b of lex.readingsOf.get(chars[i + 1]!) ?? [])
        for (const c of (lex.pinyin[`${a} ${b}`] ?? "").split(" ")) if (c) candidates.add(c);
    // One character must stay: two changed characters are another word, not a typo.
    const fits = [...candidates].filter((c) => c[0] === chars[i] || c[1] === chars[i + 1]);
    // A character that makes one of the interview's pairs with its other neighbour stays (央企来了: 企 is 央企's,
    // not a typo for 起来's 起); the pair (外头资 → 外头) must be the interview's, as any two characters make some word.
    const changed = fits[0]?.[0] === chars[i] ? i + 1 : i;
    // …or a common word of the dictionary when the fix is none (看待商务: 待 is 看待's, not a typo for the 代 of
    // 现代商贸; 对外头资 still reads 投资, a word).
    const inWord = (at: number) => {
      const other = at >= 0 && at + 1 < chars.length ? chars[at]! + chars[at + 1]! : "";
      return !!other && (known(other) || (words.has(other) && !words.has(fits[0]!)));
    };
    if (fits.length === 1 && !(changed === i ? inWord(i - 1) : inWord(i + 1))) {
      const [fix] = fits;
      chars[i] = fix![0]!;
      chars[i + 1] = fix![1]!;
    }
  }
  return chars.join("");
}

/**
 * Whether a question already says an alias's term: anywhere but spelled out inside the alias (央企 in 中央企业),
 * and always when the alias only adds a word to the term (以旧换新补贴), which is then found as it is.
 */
function says(normalized: string, alias: string, term: string): boolean {
  if (alias.startsWith(term) || alias.endsWith(term)) return normalized.includes(term);
  const inside = alias.indexOf(term);
  for (let i = normalized.indexOf(term); i >= 0; i = normalized.indexOf(term, i + 1))
    if (inside < 0 || !normalized.startsWith(alias, i - inside)) return true;
  return false;
}

/** The glossary's aliases a question uses, as [alias, term] (the longest alias wins where two overlap). */
export function aliasesIn(normalized: string, lex: LoadedLexicon): [string, string][] {
  // The aliases that begin at some character of the question, in the table's order (longest first): a lookup
  // per character, not a substring search per alias (151 of them for this interview).
  const at = new Set<number>();
  for (const c of normalized) for (const n of lex.aliasesByStart.get(c) ?? []) at.add(n);
  const found: [string, string][] = [];
  for (const n of [...at].sort((a, b) => a - b)) {
    const [alias, term] = lex.aliases[n]!;
    if (normalized.includes(alias) && !says(normalized, alias, term) && !found.some(([a]) => a.includes(alias)))
      found.push([alias, term]);
  }
  return found;
}

/**
 * The interview's words for common words of a question it lacks, found by their first two characters: each
 * [word, interview words] pair (保证 → 确保). Cost follows the question's length, not the table's size.
 */
export function synonymsIn(normalized: string, lex: LoadedLexicon): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (let i = 0; i + 1 < normalized.length; i++)
    for (const word of lex.synonymsByStart.get(normalized.slice(i, i + 2)) ?? [])
      if (normalized.startsWith(word, i)) out.push([word, lex.synonyms[word]!.split(" ")]);
  return out;
}

/** The longest name a question is searched for (characters): longer places and firms are not shipped. */
export const LONGEST_NAME = 4;

/** Place names of a question that the interview never mentions (天津, 深圳). */
export function unknownPlaces(
  normalized: string,
  lex: LoadedLexicon,
  /** Whether the interview has this pair of characters. */
  known: (pair: string) => boolean = () => false,
): string[] {
  return namesIn(normalized, lex.placeSet, lex.placeStarts, known);
}

/** Firms and brands of a question that the interview never mentions (京东, 海尔). */
export function unknownFirms(
  normalized: string,
  lex: LoadedLexicon,
  known: (pair: string) => boolean = () => false,
): string[] {
  return namesIn(normalized, lex.firmSet, lex.firmStarts, known);
}

function namesIn(
  normalized: string,
  names: Set<string>,
  starts: Set<string>,
  known: (pair: string) => boolean,
): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < normalized.length; i++) {
    // Most pairs begin no name: one set lookup rules them out.
    if (!starts.has(normalized.slice(i, i + 2))) continue;
    for (let n = LONGEST_NAME; n >= 2; n--) {
      const w = normalized.slice(i, i + n);
      // A name made of the ends of two of the interview's words is no name (换新河北 → 新河).
      const straddles = known(normalized.slice(i - 1, i + 1)) && known(normalized.slice(i + n - 1, i + n + 1));
      if (w.length === n && names.has(w) && !(i > 0 && straddles)) {
        out.push(w);
        break;
      }
    }
  }
  return out;
}

// First and last characters of every four-to-six-character stretch of a text without punctuation, made once
// per text (the interview's): what an abbreviation's first and last characters must be.
const phraseEnds = new Map<string, Set<string>>();
function phraseEndsOf(text: string): Set<string> {
  let ends = phraseEnds.get(text);
  if (!ends) {
    ends = new Set();
    for (const run of text.match(/[^，,。、；;：:“”\s]+/gu) ?? [])
      for (let i = 0; i < run.length; i++)
        for (let n = 4; n <= 6 && i + n <= run.length; n++) ends.add(run[i]! + run[i + n - 1]!);
    phraseEnds.set(text, ends);
  }
  return ends;
}

/**
 * Chinese abbreviations, formed by keeping characters of a phrase in order (综保区 for 综合保税区, 经开区 for
 * 经济开发区): three characters of a question of which the interview writes neither pair are read as the one
 * phrase of four to six characters it writes that begins with the first, holds the second and ends with the
 * third. Two such phrases, or none, leave the question as it is.
 */
export function expandAbbreviations(
  normalized: string,
  interviewText: string,
  /** Whether the interview writes a pair of characters (a postings lookup, not a scan of the text). */
  known: (pair: string) => boolean,
): string {
  let out = normalized;
  for (const { 1: window = "" } of normalized.matchAll(/(?=(\p{Script=Han}{3}))/gu)) {
    // Only where the question has a word the interview lacks: neither pair of the three is the interview's.
    if (known(window.slice(0, 2)) || known(window.slice(1))) continue;
    const [a, b, c] = [...window];
    // Most such windows are two words meeting (花了多): no phrase of the interview even begins and ends so.
    if (!phraseEndsOf(interviewText).has(a! + c!)) continue;
    const phrase = new RegExp(`${a}[^${a}，,。、；;：:“”\\s]{0,3}?${b}[^，,。、；;：:“”\\s]{0,3}?${c}`, "gu");
    const found = new Set([...interviewText.matchAll(phrase)].map((m) => m[0]).filter((m) => m.length >= 4));
    if (found.size === 1) out = out.replace(window, ` ${[...found][0]} `);
  }
  return out;
}
