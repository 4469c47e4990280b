/**
 * The update kinds the bot handles, given to Telegram with setWebhook (and to
 * getUpdates when polling) so it sends nothing else.
 */
export const ALLOWED_UPDATES = [
  "message",
  "callback_query",
  "inline_query",
  "my_chat_member",
] as const;
