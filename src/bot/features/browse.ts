// Button presses: the button's question is answered in place of the message it
// was on, and the press is acknowledged. Data that no longer decodes (an old
// keyboard, a forged press) gets a short notice and nothing else.

import { textsFor } from "../../domain/messages/bot-texts.ts";
import { parseQuestionData } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { userLang } from "../language.ts";
import { LeanComposer } from "../lean-composer.ts";
import { showInPlace } from "../reply.ts";
import type { Feature } from "../update-kinds.ts";

const browse = new LeanComposer<BotContext>();

browse.on("callback_query:data", async (ctx) => {
  const pressed = parseQuestionData(ctx.callbackQuery.data);
  if (!pressed) {
    await ctx.answerCallbackQuery({ text: textsFor(userLang(ctx)).staleButton });
    return;
  }
  await showInPlace(ctx, await ctx.engine.answer(pressed.question, pressed.lang));
  await ctx.answerCallbackQuery();
});

export const browseFeature: Feature<BotContext> = { kinds: ["button"], middleware: browse };
