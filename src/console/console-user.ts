// The person at the terminal, as Telegram would describe them to the bot: each
// typed line becomes a private-chat message, each chosen number a button press.

import type { Message, Update, User } from "grammy/types";
import type { Lang } from "../domain/types.ts";

export class ConsoleUser {
  private lastUpdateId = 0;
  private readonly user: User;

  constructor(lang: Lang) {
    this.user = { id: 1, is_bot: false, first_name: "Console", language_code: lang };
  }

  says(text: string): Update {
    const id = ++this.lastUpdateId;
    // Telegram marks a leading /command with an entity; grammY's command matching relies on it.
    const command = /^\/\w+(@\w+)?/.exec(text)?.[0];
    return {
      update_id: id,
      message: {
        message_id: id,
        date: Math.floor(Date.now() / 1000),
        chat: { id: this.user.id, type: "private", first_name: this.user.first_name },
        from: this.user,
        text,
        ...(command
          ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] }
          : {}),
      },
    };
  }

  presses(message: Message, data: string): Update {
    const id = ++this.lastUpdateId;
    return {
      update_id: id,
      callback_query: { id: String(id), from: this.user, chat_instance: "console", message, data },
    };
  }
}
