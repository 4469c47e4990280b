// The menu commands that are fixed questions (/bantuan, /indikator, /wilayah,
// /sumber and their English aliases), answered in the language of the alias.

import type { Lexicon } from "../../domain/lexicon.ts";
import type { Question } from "../../domain/question.ts";
import type { Lang } from "../../domain/types.ts";
import { COMMANDS, type CommandAction } from "../commands.ts";
import type { BotContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendReply } from "../reply.ts";
import type { Feature } from "../update-kinds.ts";

const commands = new LeanComposer<BotContext>();

/** The commands served elsewhere: questions in their own words, subscriptions, /hapusdata. */
const SERVED_ELSEWHERE = ["ask", "subscribe", "unsubscribe", "forget"] as const;
type FixedQuestion = Exclude<CommandAction, (typeof SERVED_ELSEWHERE)[number]>;

function isFixedQuestion(action: CommandAction): action is FixedQuestion {
  return !(SERVED_ELSEWHERE as readonly CommandAction[]).includes(action);
}

for (const lang of Object.keys(COMMANDS) as Lang[]) {
  for (const { command, action } of COMMANDS[lang]) {
    if (!isFixedQuestion(action)) continue;
    commands.command(command, async (ctx) => {
      const question = questionFor(action, await ctx.engine.lexicon());
      await sendReply(ctx, await ctx.engine.answer(question, lang));
    });
  }
}

function questionFor(action: FixedQuestion, lexicon: Lexicon): Question {
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

export const commandsFeature: Feature<BotContext> = { kinds: ["command"], middleware: commands };
