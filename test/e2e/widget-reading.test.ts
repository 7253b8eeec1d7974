// Reading an answer: in view on a short phone screen, announced alone, in the reader's script, lists as lists.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  announced,
  askQuestion,
  focusedInWidget,
  type HostSite,
  hostPage,
  launchBrowser,
  openPageIn,
  QUESTION,
  serveHostPage,
} from "./browser.ts";

/** A question's element, tagged by the test to see whether the widget keeps or redraws it. */
type Marked = Element & { marked?: boolean };

const devUrl = inject("devUrl");
let browser: Browser;
let site: HostSite;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveHostPage(hostPage(devUrl));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const openPage = (url: string, options?: BrowserContextOptions) => openPageIn(browser, url, options);

const launcher = (page: Page) => page.locator("interview-chat .launcher");
const PHONE_KEYBOARD_UP = { viewport: { width: 390, height: 420 }, isMobile: true, hasTouch: true };

/** Whether the element's top and at least its first line lie inside the log's visible box. */
function inLogView(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector("interview-chat")!.shadowRoot!;
    const log = root.querySelector(".log")!.getBoundingClientRect();
    const all = root.querySelectorAll(selector);
    const box = all[all.length - 1]!.getBoundingClientRect();
    return box.top >= log.top - 1 && box.top + 20 <= log.bottom;
  }, selector);
}

describe("the answer in view", () => {
  it("shows the welcome and starters with the page, without asking the API", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const asks: string[] = [];
    page.on("request", (r) => r.url().includes("/api/") && asks.push(r.url()));
    await page.goto(site.url);
    await launcher(page).click();
    expect(await page.locator("interview-chat .welcome").textContent()).toContain("张泽峰");
    expect(await page.locator("interview-chat .chip").count()).toBe(3);
    // The header names the interview and links to it, in the reader's script.
    expect(await page.locator("interview-chat .about").textContent()).toBe(
      "张泽峰访谈 · 新华网 · 2024-11-07 · 阅读原文",
    );
    const original = page.getByRole("link", { name: "阅读原文" });
    expect(await original.getAttribute("href")).toBe(`${devUrl}/source?lang=zh-Hans`);
    expect(asks).toEqual([]);
    await context.close();
  });

  it("keeps the question and the start of its answer in view on a phone with the keyboard up", async () => {
    const page = await openPage(site.url, PHONE_KEYBOARD_UP);
    await launcher(page).click();
    await askQuestion(page, QUESTION);
    await page.locator("interview-chat .msg.bot .text").waitFor();
    await askQuestion(page, "电动自行车以旧换新全国排第几");
    await page.locator("interview-chat .msg.bot .text").nth(1).waitFor();
    // The newest turn's question and its fact card are on screen, not only the tail of the answer.
    expect(await inLogView(page, ".turn .msg.user")).toBe(true);
    expect(await inLogView(page, ".turn .fact")).toBe(true);
    // The keyboard is up (the textbox has focus on a ~420 px high view): the chips fold away.
    expect(await focusedInWidget(page)).toBe("textarea.");
    expect(await page.locator("interview-chat .chips").isVisible()).toBe(false);
    // 👎's reasons come into view, even as the chips return with the keyboard down.
    await page.getByRole("button", { name: "没有帮助" }).last().click();
    await page.waitForTimeout(150);
    expect(await inLogView(page, ".reasons")).toBe(true);
    await page.context().close();
  });

  it("puts the chips in one row that scrolls sideways", async () => {
    const page = await openPage(site.url, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await launcher(page).click();
    const row = await page.evaluate(() => {
      const chips = document.querySelector("interview-chat")!.shadowRoot!.querySelector(".chips") as HTMLElement;
      const tops = [...chips.children].map((c) => (c as HTMLElement).offsetTop);
      return { rows: new Set(tops).size, scrolls: chips.scrollWidth > chips.clientWidth };
    });
    expect(row).toEqual({ rows: 1, scrolls: true });
    await page.context().close();
  });

  it("fills the answer in under its question, announces only the answer sentence, keeps focus after a chip", async () => {
    const page = await openPage(site.url);
    await launcher(page).click();
    await page.locator("interview-chat .chip").first().click();
    // The chip is gone while answering; focus is in the textbox, not on <body>.
    expect(await focusedInWidget(page)).toBe("textarea.");
    await page.evaluate(() => {
      const user = document.querySelector("interview-chat")!.shadowRoot!.querySelector(".msg.user") as Marked;
      user.marked = true;
    });
    const text = page.locator("interview-chat .msg.bot .text");
    await text.waitFor();
    // The question's element was kept: the answer was filled in, not the turn redrawn.
    expect(
      await page.evaluate(
        () => (document.querySelector("interview-chat")!.shadowRoot!.querySelector(".msg.user") as Marked).marked,
      ),
    ).toBe(true);
    await expect.poll(() => announced(page)).toBe(await text.textContent());
    const said = await announced(page);
    expect(said).not.toContain("出处");
    expect(said.length).toBeLessThan(80);
    expect(await focusedInWidget(page)).toBe("textarea.");
    await page.keyboard.press("Escape");
    expect(await page.locator("interview-chat .panel").isVisible()).toBe(false);
    await page.context().close();
  });

  it("restores the full-page chat's scroll position after a reload", async () => {
    const page = await openPage(`${devUrl}/`, { viewport: { width: 800, height: 500 } });
    for (const q of [QUESTION, "电动自行车以旧换新全国排第几", "一日导购员是什么"]) {
      await askQuestion(page, q);
      await page
        .locator("interview-chat .log")
        .getAttribute("aria-busy")
        .then(() => {});
      await expect.poll(() => page.locator("interview-chat .msg.bot .text").count()).toBeGreaterThan(0);
      await page.locator("interview-chat .typing").waitFor({ state: "detached" });
    }
    const log = page.locator("interview-chat .log");
    await log.evaluate((el) => {
      el.scrollTop = 120;
    });
    await page.waitForTimeout(400);
    await page.reload();
    await page.locator("interview-chat .msg.user").first().waitFor();
    expect(await log.evaluate((el) => el.scrollTop)).toBe(120);
    await page.context().close();
  });
});

describe("typing Chinese", () => {
  it("does not send on the Enter that picks an IME candidate", async () => {
    const page = await openPage(site.url);
    await launcher(page).click();
    let asked = 0;
    page.on("request", (r) => r.url().endsWith("/api/ask") && asked++);
    const input = page.getByRole("textbox", { name: "你的问题" });
    await input.fill("dian dong");
    // What Chromium dispatches while an IME composes: isComposing, keyCode 229.
    await input.dispatchEvent("keydown", { key: "Enter", isComposing: true, keyCode: 229 });
    await page.waitForTimeout(200);
    expect(asked).toBe(0);
    expect(await input.inputValue()).toBe("dian dong");
    await page.context().close();
  });
});

describe("the reader's script", () => {
  it("switches 简/繁: words, starters and quotes, each quote with its lang; the choice is kept", async () => {
    const page = await openPage(site.url);
    await launcher(page).click();
    await askQuestion(page, "一日导购员是什么");
    await page.locator("interview-chat .card").waitFor();
    expect(await page.locator("interview-chat .card q").getAttribute("lang")).toBe("zh-Hans");
    await page.getByRole("button", { name: "切换为繁体中文" }).click();
    // Focus stays on the switch, now offering the way back.
    expect(await focusedInWidget(page)).toBe("button.icon script");
    await page.getByRole("textbox", { name: "你的問題" }).waitFor();
    const quote = page.locator("interview-chat .card q");
    expect(await quote.getAttribute("lang")).toBe("zh-Hant");
    expect(await quote.textContent()).toContain("發動幹部到一線");
    expect(await page.locator("interview-chat .cite").getAttribute("href")).toContain("lang=zh-Hant");
    expect(await page.locator("interview-chat .cite").textContent()).toMatch(/^張澤峰 · 以新供給/);
    expect(await page.locator("interview-chat .panel").getAttribute("lang")).toBe("zh-Hant");
    await page.reload();
    await launcher(page).click();
    await page.getByRole("button", { name: "切換為簡體中文" }).waitFor();
    await page.context().close();
  });

  it("shows the verbatim original of a converted quote on request", async () => {
    const page = await openPage(site.url);
    await launcher(page).click();
    await askQuestion(page, "一日导购员是什么");
    const card = page.locator("interview-chat .card").first();
    await card.waitFor();
    expect(await card.locator("q").textContent()).toContain("发动干部到一线");
    const original = card.getByRole("button", { name: "看原文" });
    await original.click();
    expect(await original.getAttribute("aria-pressed")).toBe("true");
    expect(await card.locator("q").textContent()).toContain("發動幹部到一線");
    expect(await card.locator("q").getAttribute("lang")).toBe("zh-Hant");
    await page.context().close();
  });
});

describe("answers of every kind", () => {
  it("renders an outline answer as a list, a low-confidence one as such, related passages apart", async () => {
    const page = await openPage(site.url);
    // The core fills list/confidence/related soon; the widget's side of the contract is tested on a real
    // answer with those fields set.
    await page.route(`${devUrl}/api/ask`, async (route) => {
      const real = await (await route.fetch()).json();
      const [first, ...rest] = real.citations;
      // Two points cut from the real answer, after its "张泽峰介绍:" lead-in.
      const text: string = real.answer;
      const lead = text.search(/[:：]/) + 1;
      const cut = text.slice(lead).search(/[,，]/) + lead;
      const body = {
        ...real,
        list: [text.slice(lead, cut), text.slice(cut + 1)],
        confidence: 0.4,
        related: [{ ...first, id: "a1-3", url: `${devUrl}/source#a1-3` }],
        citations: [first, ...rest],
      };
      await route.fulfill({ json: body, headers: { "access-control-allow-origin": "*" } });
    });
    await launcher(page).click();
    await askQuestion(page, "一日导购员是什么");
    const reply = page.locator("interview-chat .msg.bot").last();
    await reply.locator(".points").waitFor();
    expect(await reply.locator(".points li").count()).toBe(2);
    expect(await reply.locator(".text").textContent()).toMatch(/^张泽峰介绍/);
    expect(await reply.getAttribute("class")).toContain("low");
    expect(await reply.locator(".badge").textContent()).toBe("不太确定");
    const related = reply.getByRole("group", { name: "相关段落（不是这个问题的答案）" });
    expect(await related.locator(".cite").getAttribute("href")).toContain("#a1-3");
    expect(await reply.getByRole("group", { name: "出处" }).locator(".card").count()).toBe(1);
    await page.context().close();
  });
});
