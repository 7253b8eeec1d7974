// Texts, besides content/interview.md, whose tokens must be identical on Node (builder) and workerd (worker).
export const extraTexts: string[] = [
  "以旧换新资金总共多少?",
  "以舊換新資金總共多少?",
  "ＡＢＣ１２３，全角標點？",
  "凈菜 净菜 佔有率 占有率 傢具 家具 着力 著力 産業 产业",
  "1到9月 12.9% 16.39億元 5000萬元以上 第4",
  "emoji 😀 and 𠀀 astral, zero\u200bwidth, RTL \u202eabc",
  "",
];
