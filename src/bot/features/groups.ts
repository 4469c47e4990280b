// Groups and supergroups: besides /tanya (questions.ts), the bot answers only
// messages meant for it: those that mention @bot and replies to its own
// messages. Everything else is other people's conversation: no reply at all.
// Both kinds reach the bot with privacy mode on.

import type { BotContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { askAndReply } from "../reply.ts";
import type { Feature } from "../update-kinds.ts";

const groups = new LeanComposer<BotContext>();

groups.chatType(["group", "supergroup"]).on("message:text", async (ctx) => {
  const mention = `@${ctx.me.username}`.toLowerCase();
  const mentions = ctx.entities("mention").filter((m) => m.text.toLowerCase() === mention);
  const repliesToBot = ctx.message.reply_to_message?.from?.id === ctx.me.id;
  if (mentions.length === 0 && !repliesToBot) return;
  await askAndReply(ctx, withoutSpans(ctx.message.text, mentions));
});

/** The text with the given entities cut out: "@bot IKD Berau" → "IKD Berau". */
function withoutSpans(text: string, spans: { offset: number; length: number }[]): string {
  let rest = text;
  for (const { offset, length } of [...spans].sort((a, b) => b.offset - a.offset)) {
    rest = rest.slice(0, offset) + rest.slice(offset + length);
  }
  return rest.replace(/\s+/g, " ").trim();
}

export const groupsFeature: Feature<BotContext> = {
  kinds: ["command", "message"],
  middleware: groups,
};
