// The embedded widget on a third-party page: answers, sources, keyboard, isolation, errors, mobile, dark.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  askQuestion,
  contrast,
  focusedInWidget,
  type HostSite,
  hostPage,
  launchBrowser,
  openPageIn,
  QUESTION,
  serveHostPage,
} from "./browser.ts";

const devUrl = inject("devUrl");

// Everything a careless or hostile stylesheet can do to an embedded widget.
const HOSTILE_CSS = `
* { all: unset; color: red !important; font: 48px/3 "Comic Sans MS", cursive !important; letter-spacing: 6px !important; }
div, section, button, textarea, header, form, a { display: block !important; border: 6px dashed red !important; padding: 30px !important; margin: 40px !important; width: 90px !important; background: yellow !important; }
interview-chat { display: none !important; opacity: .1 !important; transform: scale(.3) !important; }
:root { --accent: red; --bg: #000; --fg: red; font-size: 64px; }
`;

let browser: Browser;
let site: HostSite;
let hostileSite: HostSite;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveHostPage(hostPage(devUrl));
  hostileSite = await serveHostPage(hostPage(devUrl, { css: HOSTILE_CSS }));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await hostileSite?.close();
});

const openPage = (url: string, options?: BrowserContextOptions) => openPageIn(browser, url, options);

const launcher = (page: Page) => page.locator("interview-chat .launcher");
const input = (page: Page) => page.getByRole("textbox", { name: "你的问题" });
const panel = (page: Page) => page.locator("interview-chat .panel");

// What the widget looks like, as numbers: equal on a clean and on a hostile page means the page cannot reach in.
function measure(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector("interview-chat")!.shadowRoot!;
    const pick = (selector: string) => {
      const el = root.querySelector(selector)!;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        box: [box.x, box.y, box.width, box.height].map(Math.round),
        color: style.color,
        background: style.backgroundColor,
        font: style.font,
        border: style.borderTopWidth,
      };
    };
    return {
      launcher: pick(".launcher"),
      panel: pick(".panel"),
      title: pick("h2"),
      input: pick("textarea"),
      user: pick(".msg.user"),
      answer: pick(".msg.bot .text"),
      card: pick(".card"),
    };
  });
}

describe("widget.js on a host page", () => {
  it("answers a Simplified question with its source card, suggestions, feedback and a kept conversation", async () => {
    const page = await openPage(site.url, { permissions: ["clipboard-read", "clipboard-write"] });
    await launcher(page).click();
    await expect(panel(page).isVisible()).resolves.toBe(true);
    // Starter questions come with widget.js.
    expect(await page.locator("interview-chat .chip").count()).toBeGreaterThan(0);

    const replied = page.waitForResponse((r) => r.url() === `${devUrl}/api/ask` && r.request().method() === "POST");
    await askQuestion(page, QUESTION);
    const { id } = await (await replied).json();
    expect(id).toEqual(expect.any(String));
    const answer = page.locator("interview-chat .msg.bot .text").last();
    await answer.waitFor();
    expect(await answer.textContent()).toContain("80.45亿元");
    // The source in the reader's script, marked as such, linked to /source in the same script.
    const card = page.locator("interview-chat .card").first();
    expect(await card.locator("q").textContent()).toContain("80.45亿元");
    expect(await card.locator("q").getAttribute("lang")).toBe("zh-Hans");
    expect(await card.locator(".cite").textContent()).toBe("张泽峰 · 以新供给创造新需求,推进消费扩容升级");
    expect(await card.locator(".cite").getAttribute("href")).toBe(`${devUrl}/source?lang=zh-Hans#a1-1b`);

    // Thumbs up: one JSON line on the server, a pressed button here.
    const feedback = page.waitForResponse(
      (r) => r.url() === `${devUrl}/api/feedback` && r.request().method() === "POST",
    );
    await page.getByRole("button", { name: "有帮助", exact: true }).click();
    const sent = await feedback;
    expect(sent.status()).toBe(204);
    expect(sent.request().postDataJSON()).toMatchObject({
      question: QUESTION,
      vote: "up",
      citation: "a1-1b",
      answerId: id,
    });
    expect(await page.getByRole("button", { name: "有帮助", exact: true }).getAttribute("aria-pressed")).toBe("true");

    // Copy takes the answer with its source link.
    await page.getByRole("button", { name: "复制回答和出处" }).click();
    await page.getByText("已复制").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`80\\.45亿元.*\\n出处：${devUrl}/source\\?lang=zh-Hans#a1-1b$`, "s"),
    );

    // A follow-up chip asks with the earlier question as history.
    const chip = page.locator("interview-chat .chip").first();
    const chipText = (await chip.textContent())!;
    const asked = page.waitForRequest((r) => r.url() === `${devUrl}/api/ask` && r.method() === "POST");
    await chip.click();
    expect((await asked).postDataJSON()).toEqual({
      question: chipText,
      history: [{ question: QUESTION }],
      client: "widget",
    });
    await page.locator("interview-chat .msg.bot .text").nth(1).waitFor();

    // The conversation survives a reload (sessionStorage).
    await page.reload();
    await launcher(page).click();
    expect(await page.locator("interview-chat .msg.user").allTextContents()).toEqual([
      `你问：${QUESTION}`,
      `你问：${chipText}`,
    ]);
    await page.context().close();
  });

  it("leads a figure answer with what was asked, large, and says the figure twice, not three times", async () => {
    const page = await openPage(site.url);
    await launcher(page).click();
    // A rank question: the rank leads, the amount is the detail.
    await askQuestion(page, "电动自行车以旧换新全国排第几");
    const fact = page.locator("interview-chat .msg.bot .fact").last();
    await fact.waitFor();
    expect(await fact.locator("b").textContent()).toBe("居全国第1");
    const detail = await fact.locator("small").textContent();
    expect(detail).toContain("5228万元");
    expect(detail).toContain("截至10月22日");
    const size = (selector: string) =>
      fact.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size("b")).toBeGreaterThan(await size("small"));
    // An amount question: the amount leads.
    await askQuestion(page, "电动自行车以旧换新用了多少钱");
    await page.locator("interview-chat .fact").nth(1).waitFor();
    const reply = page.locator("interview-chat .msg.bot").last();
    expect(await reply.locator(".fact b").textContent()).toBe("5228万元");
    // Card and sentence say the figure; the quote waits behind a button, linked to its source.
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the reader sees; textContent includes the hidden quote.
    const visibleText = await reply.evaluate((el) => (el as HTMLElement).innerText);
    expect(visibleText.split("5228").length - 1).toBe(2);
    await reply.getByRole("button", { name: "看引文" }).click();
    expect(await reply.locator(".card q").isVisible()).toBe(true);
    expect(await reply.locator(".cite").getAttribute("href")).toBe(`${devUrl}/source?lang=zh-Hans#a1-2`);
    // A question that is not about a figure gets no card.
    await askQuestion(page, "一日导购员是什么");
    await page.locator("interview-chat .msg.bot .text").nth(2).waitFor();
    expect(await page.locator("interview-chat .msg.bot").last().locator(".fact").count()).toBe(0);
    await page.context().close();
  });

  it("is untouched by hostile host-page CSS", async () => {
    const shapes = [];
    for (const url of [site.url, hostileSite.url]) {
      const page = await openPage(url);
      await launcher(page).click();
      await askQuestion(page, QUESTION);
      await page.locator("interview-chat .card").waitFor();
      shapes.push(await measure(page));
      await page.context().close();
    }
    const [clean, hostile] = shapes;
    expect(hostile).toEqual(clean);
    expect(clean!.panel.box.slice(2)).toEqual([400, 680]);
    expect(clean!.answer.color).not.toBe("rgb(255, 0, 0)");
    expect(clean!.answer.font).toContain("15px");
  });

  it("works by keyboard alone, down to the highlighted passage", async () => {
    const page = await openPage(site.url);
    await page.keyboard.press("Tab");
    expect(await focusedInWidget(page)).toBe("button.launcher");
    // A visible focus ring.
    expect(await launcher(page).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    await page.keyboard.press("Enter");
    expect(await focusedInWidget(page)).toBe("textarea.");

    // Shift+Enter is a new line, Enter sends.
    await page.keyboard.type("第一行");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("第二行");
    expect(await input(page).inputValue()).toBe("第一行\n第二行");
    await input(page).fill("");
    await page.keyboard.type(QUESTION);
    await page.keyboard.press("Enter");
    await page.locator("interview-chat .card").waitFor();

    // Back from the input through chips and answer tools to the source link.
    for (let i = 0; i < 12 && (await focusedInWidget(page)) !== "a.cite"; i++) await page.keyboard.press("Shift+Tab");
    expect(await focusedInWidget(page)).toBe("a.cite");
    const [source] = await Promise.all([page.context().waitForEvent("page"), page.keyboard.press("Enter")]);
    await source.waitForLoadState();
    expect(new URL(source.url()).hash).toBe("#a1-1b");
    expect(await source.locator("html").getAttribute("lang")).toBe("zh-Hans");
    const target = await source.evaluate(() => {
      const el = document.querySelector(":target");
      return el && { id: el.id, background: getComputedStyle(el).backgroundColor, text: el.textContent };
    });
    expect(target).toMatchObject({ id: "a1-1b", background: "rgb(255, 243, 176)" });
    expect(target!.text).toContain("80.45亿元");

    // Esc closes the panel and gives focus back to the launcher.
    await page.bringToFront();
    await input(page).focus();
    await page.keyboard.press("Escape");
    expect(await panel(page).isVisible()).toBe(false);
    expect(await focusedInWidget(page)).toBe("button.launcher");
    expect(await launcher(page).getAttribute("aria-expanded")).toBe("false");
    await page.context().close();
  });

  it("shows an API error in the panel and recovers on retry", async () => {
    const page = await openPage(site.url, { reducedMotion: "reduce" });
    let failures = 0;
    await page.route(`${devUrl}/api/ask`, async (route) => {
      if (route.request().method() !== "POST" || failures >= 2) return route.continue();
      failures++;
      if (failures === 1) {
        await new Promise((r) => setTimeout(r, 400));
        return route.fulfill({
          status: 500,
          contentType: "application/json",
          headers: { "access-control-allow-origin": "*" },
          body: '{"error":{"code":"internal_error","message":"boom"}}',
        });
      }
      return route.abort("internetdisconnected");
    });
    await launcher(page).click();
    await askQuestion(page, QUESTION);
    // While waiting: an "answering" bubble, a busy log and a disabled send button.
    await page.getByText("正在回答…").waitFor();
    expect(
      await page
        .locator("interview-chat .typing i")
        .first()
        .evaluate((el) => getComputedStyle(el).animationName),
    ).toBe("none");
    expect(await page.locator("interview-chat .log").getAttribute("aria-busy")).toBe("true");
    expect(await page.getByRole("button", { name: "发送" }).isDisabled()).toBe(true);
    const error = page.locator("interview-chat .msg.err");
    await error.waitFor();
    expect(await error.textContent()).toContain("服务暂时出了问题");
    await page.getByRole("button", { name: "重试" }).click();
    await page.getByText("连不上服务器").waitFor();
    await page.getByRole("button", { name: "重试" }).click();
    await page.locator("interview-chat .card").waitFor();
    expect(await error.count()).toBe(0);
    expect(await page.locator("interview-chat .msg.user").count()).toBe(1);
    await page.context().close();
  });

  it("shows markup in a question as text", async () => {
    const page = await openPage(site.url);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const markup = "<img src=x onerror=alert(1)>";
    await launcher(page).click();
    await askQuestion(page, markup);
    await page.locator("interview-chat .msg.bot .text").last().waitFor();
    expect(await page.locator("interview-chat .msg.user").last().textContent()).toBe(`你问：${markup}`);
    expect(
      await page.evaluate(
        () =>
          document.querySelectorAll("img").length +
          document.querySelector("interview-chat")!.shadowRoot!.querySelectorAll("img").length,
      ),
    ).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await page.context().close();
  });

  it("fills a phone screen, in dark mode", async () => {
    const page = await openPage(site.url, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      colorScheme: "dark",
    });
    await launcher(page).click();
    await askQuestion(page, QUESTION);
    await page.locator("interview-chat .card").waitFor();
    expect(await panel(page).boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    const colours = await page.evaluate(() => {
      const root = document.querySelector("interview-chat")!.shadowRoot!;
      return {
        panel: getComputedStyle(root.querySelector(".panel")!).backgroundColor,
        text: getComputedStyle(root.querySelector(".msg.bot .text")!).color,
      };
    });
    expect(colours).toEqual({ panel: "rgb(28, 28, 33)", text: "rgb(232, 232, 238)" });
    await page.context().close();
  });

  it.each(["light", "dark"] as const)("meets WCAG AA contrast for its text in %s mode", async (colorScheme) => {
    const page = await openPage(site.url, { colorScheme });
    await launcher(page).click();
    await askQuestion(page, QUESTION);
    await page.locator("interview-chat .card").waitFor();
    const pairs = await page.evaluate(() => {
      const root = document.querySelector("interview-chat")!.shadowRoot!;
      const background = (el: Element | null): string => {
        for (; el; el = el.parentElement) {
          const bg = getComputedStyle(el).backgroundColor;
          if (bg !== "rgba(0, 0, 0, 0)") return bg;
        }
        return "rgb(255, 255, 255)";
      };
      const selectors = [
        "h2",
        ".about",
        ".msg.user",
        ".msg.bot .text",
        ".card q",
        ".cite",
        ".fact small",
        ".chip",
        "textarea",
      ];
      return selectors.map((selector) => {
        const el = root.querySelector(selector)!;
        return { selector, fg: getComputedStyle(el).color, bg: background(el) };
      });
    });
    for (const { selector, fg, bg } of pairs) {
      expect({ selector, ratio: contrast(fg, bg) >= 4.5 }).toEqual({ selector, ratio: true });
    }
    await page.context().close();
  });

  it("takes its options from data- attributes", async () => {
    const custom = await serveHostPage(
      hostPage(devUrl, {
        attrs: 'data-title="问张厅长" data-language="zh-Hant" data-position="left" data-accent="#ffd400" data-open',
      }),
    );
    try {
      const page = await openPage(custom.url);
      // Open on load, Traditional strings, on the left, black text on a light accent.
      await page.getByRole("textbox", { name: "你的問題" }).waitFor();
      expect(await page.locator("interview-chat h2").textContent()).toBe("问张厅长");
      expect((await launcher(page).boundingBox())!.x).toBeLessThan(100);
      expect(await launcher(page).evaluate((el) => getComputedStyle(el).color)).toBe("rgb(0, 0, 0)");
      expect(await page.locator("interview-chat .chip").first().textContent()).toContain("資金");
      await page.context().close();
    } finally {
      await custom.close();
    }
  });
});
