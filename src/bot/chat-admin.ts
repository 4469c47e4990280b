// Who may manage a group's or channel's subscription, as Telegram tells it
// (getChatMember): the chat's creator and administrators. And whether the
// bot may post in a channel at all.

import type { Api } from "grammy";

export async function isChatAdmin(api: Api, chatId: number, userId: number): Promise<boolean> {
  const member = await api.getChatMember(chatId, userId);
  return member.status === "creator" || member.status === "administrator";
}

/** In a channel only administrators allowed to post messages can. */
export async function canPostIn(api: Api, channelId: number, botId: number): Promise<boolean> {
  const member = await api.getChatMember(channelId, botId);
  return member.status === "administrator" && member.can_post_messages === true;
}
