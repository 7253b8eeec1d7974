// Small talk: what a chat message is when it asks nothing of the interview. Everyday Chinese (and English)
// chat phrases, as data: a message made only of them, with the particles and forms of address around them
// (你好啊, 谢谢你的回答, 不错不错, 再见啦, 大家好), is answered by a template, never searched (好吧 once
// found a passage). Runs on normalize()d text with punctuation, spaces and emoji removed.
import type { InterviewMeta } from "../search/passage.ts";
import { normalize } from "../text/normalize.ts";
import type { Intent } from "./question.ts";

/** Said around a phrase: 你好啊, 谢谢你, 小助手你好, 谢啦. */
const ADDRESS = "(?:你|您|大家|各位|小助手|助手|机器人|哥|姐|老师)";
const PARTICLE =
  "(?:啊|呀|啦|哈|嘛|呢|哦|喔|吧|噢|哟|咯|呐|嗷|哇|了|的|回答|帮助|解答|帮忙|介绍|分享|讲解|精彩|详细|耐心|so|much|very|a|lot)";

const PHRASES: Record<Exclude<Intent, "question">, string[]> = {
  greeting: [
    "你好|您好|大家好|hi|hello|hey|嗨|哈喽|哈啰|哈罗|早上好|上午好|中午好|下午好|晚上好|早安|午安|晚安|早|there",
    "在吗|在不在|在么|在嘛|有人吗|有人在吗|喂",
  ],
  thanks: [
    "谢谢|多谢|感谢|太感谢|非常感谢|谢|thanks|thank|you|thx|辛苦",
    // A farewell closes the conversation: answered like thanks (不客气…), not with the opening greeting.
    "再见|拜拜|bye|goodbye|回见|下次见|先这样",
    "好的|好吧|好滴|好哒|好|ok|okay|嗯|哦|哈|行|可以|没问题|收到|明白|知道|了解|懂",
    "不错|厉害|棒|真棒|赞|很好|太好|太棒|有用|nice|great|cool",
    // Praise of the reply (讲的挺清楚, 说得很明白): a thanks too.
    "(?:讲|说|解释|介绍|回答|写)?(?:的|得)?(?:挺|很|真|非常|太|蛮|特别|超)?(?:清楚|明白|详细|到位|透彻|好)",
  ],
  help: [
    "你能做什么|你会什么|你是谁|你是什么|你叫什么名字|你叫什么|你是机器人吗|你是人工智能吗|你是ai吗|你是真人吗",
    "怎么用|如何使用|使用说明|帮助|help|功能|菜单",
    // Asking to ask, with nothing asked yet (想问个问题, 请教一下, 我想了解一下).
    "我|想|要|问|请教|咨询|了解|一下|个|一个|几个|问题|事|有|能|可以|吗",
  ],
};

const wholly = (phrases: string[], address: string) =>
  new RegExp(`^${address}*(?:(?:${phrases.join("|")})${address}*${PARTICLE}*)+$`);
// Asking what the assistant can do, with more words than the phrases above (请问你能回答些什么问题).
const HELP =
  /^(请问|那|所以)?(你|您)?(能|会|可以|能够)(做|干|回答|帮我)?(些)?(什么|啥)(问题)?|^(你|您)是(谁|什么|干什么的)|^(我)?(能|可以)问(些)?(什么|啥)/;

/**
 * Who a reader may address besides the assistant: the guest by name, by surname and title (张厅长), by title
 * alone, and the interviewer (谢谢张厅长的介绍, 新华网辛苦了), from the interview's front matter.
 */
function addressees(meta: InterviewMeta | undefined): string[] {
  if (!meta) return [];
  const guest = normalize(meta.guest);
  const titles = meta.guestTitles.map((t) => normalize(t).slice(-2));
  return [guest, ...titles, ...titles.map((t) => guest.slice(0, 1) + t), normalize(meta.interviewer)];
}

// Built once per interview (its names), then kept.
const patterns = new WeakMap<object, Record<Exclude<Intent, "question"> | "mixed", RegExp>>();
const noMeta = {};
function patternsFor(meta: InterviewMeta | undefined) {
  const key = meta ?? noMeta;
  let made = patterns.get(key);
  if (!made) {
    const address = `(?:${[ADDRESS, ...addressees(meta).filter(Boolean)].join("|")})`;
    made = {
      // …and 好 after a name is a greeting (张厅长好, 老师好), not the 好 of 好的.
      greeting: new RegExp(`${wholly(PHRASES.greeting, address).source}|^${address}+好${PARTICLE}*$`),
      thanks: wholly(PHRASES.thanks, address),
      help: wholly(PHRASES.help, address),
      // Greeting, thanks and asking-to-ask in one message (在吗？想问个问题).
      mixed: wholly([...PHRASES.greeting, ...PHRASES.thanks, ...PHRASES.help], address),
    };
    patterns.set(key, made);
  }
  return made;
}

/** The small-talk intent of a message (its text normalize()d and stripped), or "question". */
export function smallTalk(bare: string, meta?: InterviewMeta): Intent {
  // Nothing left once emoji and punctuation are gone (👍, ……): a reaction, answered as thanks.
  if (!bare) return "thanks";
  const talk = patternsFor(meta);
  if (talk.greeting.test(bare)) return "greeting";
  if (talk.help.test(bare) || HELP.test(bare)) return "help";
  if (talk.thanks.test(bare)) return "thanks";
  if (talk.mixed.test(bare)) return /问|请教|咨询|了解|你是|能做|会什么/.test(bare) ? "help" : "greeting";
  return "question";
}
