// Question words as readers type them, read as the standard forms the rest of the analysis knows. Northern
// colloquial Mandarin asks when with 啥时候 and 几时. Hong Kong readers often type written Cantonese: 點解 for
// 为什么, 邊個 for 谁, 幾多 for 多少, 咗 for 了. Its function words are read as their Mandarin equivalents so that
// a question's frame is understood; its content words are mostly shared. Patterns run on normalize()d text (Simplified: 係 → 系, 邊 → 边, 幾 → 几, 點 → 点).

// Characters that only written Cantonese uses: their presence tells that 系 is the verb 是 and 呢个 is 这个.
const TELLTALE = /[嘅咗喺冇咩乜啲佢哋睇揾俾畀唔咁㗎嘢]|边个|边度|边位|点解|点样|几多|系咪|系唔系/;

// Mandarin has these too (几时 literary and northern, 啥时候 colloquial), so they are read everywhere.
// 截止(到) before a time (截止到现在, 截止10月) says as of when, as 到 does; 截止日期 (a deadline) stays.
const EVERYWHERE: readonly [RegExp, string][] = [
  [/几时|啥时候|啥时/g, "什么时候"],
  // 几点 asks the hour when it closes the question or comes before an event (几点发布), not 几点建议 (how many
  // points) nor after a comparison (高几点: percentage points).
  [/(?<![高低快慢多少涨增出了差])几点钟?(?=[发开播出上登刊]|[^\p{Script=Han}]|$)/gu, "什么时候"],
  [/截止到?(?=现在|目前|今天|今年|去年|本月|上月|年底|月底|\d)/g, "到"],
];

// Longer forms first: 系唔系 before 系, 乜嘢 before 乜, 边个 before 边.
const CANTONESE: readonly [RegExp, string][] = [
  [/点解/g, "为什么"],
  [/点样/g, "怎样"],
  [/几多/g, "多少"],
  [/边个|边位/g, "谁"],
  [/边度|边到/g, "哪里"],
  // (边啲 is which ones, 哪些: read before 啲 becomes 些.)
  [/边(?=一?[几间家年日天]|啲)/g, "哪"],
  [/一齐/g, "一起"],
  [/而家|而今/g, "现在"],
  [/去到/g, "到"],
  [/系唔系|系咪/g, "是不是"],
  [/乜嘢|咩嘢|乜|咩/g, "什么"],
  // 間 counts firms and shops as 家 does (幾多間央企).
  [/(?<=几|多少|\d)间/g, "家"],
  [/冇/g, "没有"],
  [/唔/g, "不"],
  [/咗/g, "了"],
  [/嘅/g, "的"],
  [/喺/g, "在"],
  [/啲/g, "些"],
  [/佢哋/g, "他们"],
  [/佢/g, "他"],
  [/呢(?=个|度|次|篇|位|期)/g, "这"],
  [/睇/g, "看"],
  [/揾/g, "找"],
  [/俾|畀/g, "给"],
  [/咁/g, "这么"],
  // 影 is to take a photo (影相, 边个影嘅: who took them) and 相 a photo (啲相, 张相), not 相关, 相同, 互相; 影 after
  // another character is mostly a word's end (电影嘅, 合影了).
  [/影相/g, "拍照"],
  [/(?<=谁)影|(?<!\p{Script=Han})影(?=的|了)/gu, "拍"],
  [/(?<=些|张|幅)相(?![关同信互])/g, "照片"],
  // 系 as the copula, not in 系统, 系列, 关系, 体系, 联系, 派系, 维系.
  [/(?<![关体联派维])系(?![统列])/g, "是"],
];

/**
 * A question's colloquial question words in standard Mandarin (啥时候 → 什么时候), and its written Cantonese
 * function words when it is Cantonese (点解净菜… → 为什么净菜…); other text unchanged. `isNoun` tells a noun
 * (jieba's part of speech, from the index's lexicon), for 边个 + noun.
 */
export function fromColloquial(normalized: string, isNoun: (word: string) => boolean = () => false): string {
  let text = normalized;
  for (const [pattern, mandarin] of EVERYWHERE) text = text.replace(pattern, mandarin);
  if (!TELLTALE.test(text)) return text;
  // 边个 before a noun asks which one (边个节目, 边个部门), as 哪个 does; alone or before a verb, who (边个负责).
  text = text.replace(/边个(?=(\p{Script=Han}{2}))/gu, (m, next: string) => (isNoun(next) ? "哪个" : m));
  for (const [pattern, mandarin] of CANTONESE) text = text.replace(pattern, mandarin);
  return text;
}
