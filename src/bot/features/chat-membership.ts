// Keeps the subscription list true to what Telegram says about the bot's place
// in each chat. Blocked by a person, removed from a group or channel, or no
// longer allowed to post: the subscription stops. Being let back in does not
// restart it: whoever lets the bot back may not want the news, so someone
// subscribes again. A group that becomes a supergroup (a service message in
// each of the two chats) keeps its subscription under the new id.

import type { Chat, ChatMember } from "grammy/types";
import type { Subscriptions } from "../../domain/broadcast/ports.ts";
import type { InactiveReason } from "../../domain/broadcast/subscription.ts";
import type { BotContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import type { Feature } from "../update-kinds.ts";

export function chatMembership(store: Subscriptions): Feature<BotContext> {
  const feature = new LeanComposer<BotContext>();

  feature.on("my_chat_member", async (ctx) => {
    const { chat, new_chat_member: member } = ctx.myChatMember;
    const reason = lostReason(chat.type, member);
    if (reason) await store.deactivate(chat.id, reason);
  });

  feature.on("message:migrate_to_chat_id", (ctx) =>
    store.moveChat(ctx.chat.id, ctx.message.migrate_to_chat_id),
  );
  feature.on("message:migrate_from_chat_id", (ctx) =>
    store.moveChat(ctx.message.migrate_from_chat_id, ctx.chat.id),
  );

  // The bot's own membership changes; a group's migration to a supergroup is a service message.
  return { kinds: ["message", "membership"], middleware: feature };
}

/** Why the bot can no longer post in the chat; null while it can. */
function lostReason(chatType: Chat["type"], member: ChatMember): InactiveReason | null {
  if (member.status === "kicked" || member.status === "left") {
    return chatType === "private" ? "blocked" : "removed";
  }
  if (chatType === "channel") {
    return member.status === "administrator" && member.can_post_messages ? null : "cannot-post";
  }
  return member.status === "restricted" && !member.can_send_messages ? "cannot-post" : null;
}
