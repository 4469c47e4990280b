// Updates as Telegram sends them, for tests at every level (server, e2e).

import type { Update, UserFromGetMe } from "grammy/types";

export const TEST_BOT_TOKEN = "123456:TEST-token-for-offline-tests";

export const TEST_BOT_INFO: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: "Tanya Adminduk",
  username: "tanya_adminduk_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** A text message from a user in their private chat with the bot (chat id = user id). */
export function privateTextUpdate(updateId: number, userId: number, text: string): Update {
  const user = { id: userId, is_bot: false, first_name: "Ani", language_code: "id" };
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: user.first_name },
      from: user,
      text,
    },
  };
}
