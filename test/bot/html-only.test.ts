// Html only through the renderer. At compile time: every helper that sends
// with parse_mode HTML takes Html, so a plain string is an error — the
// expect-error directives below are checked by `npm run typecheck` (this file
// is in tsconfig's include) and become errors themselves should a plain string
// ever be accepted. At run time: what a user typed, with <, > and &, reaches
// each kind of reply escaped.

import { Composer, InlineKeyboard } from "grammy";
import { beforeAll, describe, expect, it } from "vitest";
import type { BotContext } from "../../src/bot/context.ts";
import { sendHtml } from "../../src/bot/reply.ts";
import type { Composer as BroadcastComposer } from "../../src/broadcast/compose.ts";
import type { Send } from "../../src/broadcast/telegram-send.ts";
import { CAPTION_LIMIT, chartCaption } from "../../src/domain/charts/caption.ts";
import type { Chart } from "../../src/domain/charts/chart.ts";
import type { Engine } from "../../src/domain/engine.ts";
import { escapeHtml, type Html, html } from "../../src/domain/html.ts";
import { textsFor } from "../../src/domain/messages/bot-texts.ts";
import { en } from "../../src/domain/messages/en/answers.ts";
import { splitMessage } from "../../src/domain/split-message.ts";
import { strayMarkup } from "../support/html.ts";
import { inlineUpdate, seededEngine, testBot, textUpdate } from "./harness.ts";

const TYPED = "<b>A & B</b>";
const ESCAPED = "&lt;b&gt;A &amp; B&lt;/b&gt;";

describe("a plain string where Html is required", () => {
  it("does not compile in any helper that sends HTML", () => {
    const plain: string = TYPED;
    const handlers = new Composer<BotContext>();
    handlers.on("message", async (ctx) => {
      // @ts-expect-error ctx.reply sends parse_mode HTML: Html only
      await ctx.reply(plain);
      // @ts-expect-error editMessageText likewise
      await ctx.editMessageText(plain);
      // @ts-expect-error a photo's caption likewise
      await ctx.replyWithPhoto("file-id", { caption: plain });
      // @ts-expect-error the reply helper every feature uses
      await sendHtml(ctx, plain, new InlineKeyboard());
      // The same calls with the text escaped compile: the errors above are the plain string's.
      const escaped = escapeHtml(plain);
      await ctx.reply(escaped);
      await ctx.editMessageText(escaped);
      await ctx.replyWithPhoto("file-id", { caption: escaped });
      await sendHtml(ctx, escaped, new InlineKeyboard());
    });
    // @ts-expect-error splitting takes Html and gives Html
    splitMessage(plain);
    splitMessage(escapeHtml(plain));
    const send: Send = async () => ({ kind: "sent", messageId: 1 });
    // @ts-expect-error the broadcast sender sends Html only
    void send(1, plain);
    void send(1, escapeHtml(plain));
    // @ts-expect-error a broadcast message is composed as Html
    const message: BroadcastComposer["message"] = async () => plain;
    // @ts-expect-error texts take escaped arguments
    textsFor("en").subscription.unknownFilter(plain);
    // @ts-expect-error answers' sentences too
    en.noTarget(plain);
    expect([handlers, send, message].length).toBe(3);
  });

  it("converts only through the escaper or the html template", () => {
    const made: Html[] = [escapeHtml(TYPED), html`<b>${escapeHtml(TYPED)}</b>`];
    expect(made).toEqual([ESCAPED, `<b>${ESCAPED}</b>`]);
  });
});

describe("what a user typed, with <, > and &", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await seededEngine();
  });

  it("leaves an answer to a question with only the renderer's markup", async () => {
    const bot = testBot(engine);
    await bot.send(textUpdate(`ikd ${TYPED} berau`));
    const [reply] = bot.sent("sendMessage");
    expect(String(reply?.text)).toContain("Berau");
    expect(strayMarkup(String(reply?.text))).toEqual([]);
  });

  it("is escaped where an answer names it back", () => {
    expect(en.unrecognised([escapeHtml(TYPED)])).toContain(`“${ESCAPED}”`);
  });

  it("is escaped in an inline result's message", async () => {
    const bot = testBot(engine);
    await bot.send(inlineUpdate(`ikd ${TYPED} berau`));
    const [answered] = bot.sent("answerInlineQuery");
    const results = answered?.results as { input_message_content: { message_text: string } }[];
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(strayMarkup(result.input_message_content.message_text)).toEqual([]);
    }
  });

  it("is escaped in the chat's texts around answers", () => {
    expect(textsFor("id").subscription.unknownFilter(escapeHtml(TYPED))).toContain(ESCAPED);
    expect(textsFor("en").telegramOnly(escapeHtml(TYPED))).toContain(ESCAPED);
  });

  it("is escaped in a chart's caption, even one cut to Telegram's limit", () => {
    const chart: Chart = {
      kind: "ranking",
      lang: "id",
      title: TYPED,
      notes: [`${"&<>".repeat(400)}`],
      bars: [],
      targetLine: null,
      sources: [`Sumber: ${TYPED}`],
    };
    const caption = chartCaption(chart);
    expect(caption.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(caption.startsWith(`<b>${ESCAPED}</b>`)).toBe(true);
    // Cut where a message would be: never inside an entity.
    expect(strayMarkup(caption)).toEqual([]);
  });
});
