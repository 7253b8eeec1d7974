// WeChat and WeCom send emoticons as text: the QQ-style codes of the emoticon panel ("/::)", "/:rose"),
// the bracketed names of the newer panel ("[微笑]", "[Smile]"), and Unicode emoji. A message made only of
// these is a greeting or a reaction, never a question about the interview.

// "/:" then the code: up to 8 ASCII non-space characters (/::), /::'(, /:handclap, /:<W>).
const QQ_CODE = /\/:[!-~]{1,8}/g;
// A bracketed name of one to four Han characters or one Latin word ([微笑], [Smile], [捂脸]).
const BRACKET_NAME = /\[(?:\p{Script=Han}{1,4}|[A-Za-z]{2,12})\]/gu;
// Emoji with their modifiers, joiners, variation selectors and flags.
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D|\uFE0F|\u20E3/gu;
const REST = /^[\s\p{P}\p{S}]*$/u;

/** True when the text holds at least one emoticon and nothing else but spaces and punctuation. */
export function isOnlyEmoticons(text: string): boolean {
  const rest = text.replace(QQ_CODE, " ").replace(BRACKET_NAME, " ").replace(EMOJI, " ");
  return rest !== text && REST.test(rest);
}
