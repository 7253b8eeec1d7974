// What the chat channels say themselves (not answers from the interview): one place, Simplified, because a
// message made only of digits, emoticons or an image has no script to follow.

/** A voice message without speech recognition (公众号 接收语音识别结果 off, or nothing recognised). */
export const PLEASE_TYPE = "暂时听不清这段语音，请直接打字提问，例如：";
/** Before the help text, for message types the assistant cannot read (video, location, link, file). */
export const HELP_PREFIX = "这里只能回答文字问题。";
/** An image or a sticker: acknowledged, then the starter questions. */
export const IMAGE_REPLY = "收到图片啦，不过我只看得懂文字。可以直接问我访谈里的内容，例如：";
/** A message of emoticons only (/::), [微笑], 😀): a friendly word, not "the interview does not cover this". */
export const EMOTICON_REPLY = "😊 收到！想了解访谈的哪方面？直接打字问我，或回复数字：";
/** A bare "1", "2", "3" with no numbered follow-ups pending (a new user, or after 30 minutes). */
export const NOTHING_PENDING = "现在没有待选的问题。可以直接提问，或回复数字选一个：";
/** A number past the follow-ups offered ("5" after three): the same follow-ups again. */
export const outOfRange = (count: number) => `请回复 1 到 ${count} 之间的数字，或直接提问：`;
