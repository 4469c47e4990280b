// The menu commands (/bantuan, /indikator, /wilayah, /sumber and their English
// aliases): each is a fixed question, answered in the language of the alias.

import { Composer } from "grammy";
import type { Lexicon } from "../../domain/lexicon.ts";
import type { Question } from "../../domain/question.ts";
import type { Lang } from "../../domain/types.ts";
import { COMMANDS, type CommandAction } from "../commands.ts";
import type { BotContext } from "../context.ts";
import { sendReply } from "../reply.ts";

export const commands = new Composer<BotContext>();

for (const lang of Object.keys(COMMANDS) as Lang[]) {
  for (const { command, action } of COMMANDS[lang]) {
    if (action === "ask") continue; // a question in its own words: see questions.ts
    commands.command(command, async (ctx) => {
      const question = questionFor(action, await ctx.engine.lexicon());
      await sendReply(ctx, await ctx.engine.answer(question, lang));
    });
  }
}

function questionFor(action: Exclude<CommandAction, "ask">, lexicon: Lexicon): Question {
  switch (action) {
    case "help":
      return { kind: "help" };
    case "indicators":
      return { kind: "indicators" };
    case "regions":
      return { kind: "regions", province: lexicon.defaultProvince };
    case "sources":
      return { kind: "sources" };
  }
}
