// The Bot API, answered on this machine: the console has no Telegram to talk
// to, so the bot's outgoing calls are answered here with what Telegram would
// return, and what a user would see is reported as it happens.

import type { Transformer } from "grammy";
import type { InlineKeyboardMarkup, Message, UserFromGetMe } from "grammy/types";

export interface ConsoleButton {
  label: string;
  data: string;
}

export type Shown =
  /** A message sent or edited in place, with the buttons under it. */
  | { kind: "message"; message: Message.TextMessage; html: boolean; buttons: ConsoleButton[] }
  /** The short notice a button press may get (a toast in the apps). */
  | { kind: "notice"; text: string };

interface MessagePayload {
  chat_id?: number | string;
  message_id?: number;
  text: string;
  parse_mode?: string;
  reply_markup?: unknown;
}

export function offlineApi(botInfo: UserFromGetMe, show: (shown: Shown) => void): Transformer {
  let lastMessageId = 0;

  function messageShown(payload: MessagePayload): Message.TextMessage {
    const message: Message.TextMessage = {
      message_id: payload.message_id ?? ++lastMessageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: Number(payload.chat_id), type: "private", first_name: "Console" },
      from: botInfo,
      text: payload.text,
    };
    const buttons = buttonsOf(payload.reply_markup as InlineKeyboardMarkup | undefined);
    show({ kind: "message", message, html: payload.parse_mode === "HTML", buttons });
    return message;
  }

  return async (prev, method, payload) => {
    let result: unknown = true;
    if (method === "sendMessage" || method === "editMessageText") {
      result = messageShown(payload as MessagePayload);
    } else if (method === "answerCallbackQuery") {
      const { text } = payload as { text?: string };
      if (text) show({ kind: "notice", text });
    }
    // Each method has its own result type; these are the ones the bot's calls expect.
    return { ok: true, result } as Awaited<ReturnType<typeof prev<typeof method>>>;
  };
}

function buttonsOf(markup: InlineKeyboardMarkup | undefined): ConsoleButton[] {
  return (markup?.inline_keyboard ?? [])
    .flat()
    .flatMap((button) =>
      "callback_data" in button ? [{ label: button.text, data: button.callback_data }] : [],
    );
}
