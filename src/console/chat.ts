// The terminal chat, driven through the same grammY bot as Telegram: typed
// lines are fed to it as private messages, its API calls are answered offline
// and printed as plain text, buttons as numbered choices ("2" presses the
// second). Works interactively (greeting and prompt) and with piped input,
// ending when input ends. Commands that need a Telegram chat (subscriptions,
// /hapusdata) are answered with where they work.

import { createInterface } from "node:readline";
import type { UserFromGetMe } from "grammy/types";
import type { AdminDeps } from "../bot/context.ts";
import { createBot } from "../bot/create-bot.ts";
import type { Engine } from "../domain/engine.ts";
import { escapeHtml } from "../domain/html.ts";
import { textsFor } from "../domain/messages/bot-texts.ts";
import type { Lang } from "../domain/types.ts";
import { ConsoleUser } from "./console-user.ts";
import { offlineApi } from "./offline-api.ts";
import { telegramOnlyCommand } from "./telegram-only.ts";
import { Transcript } from "./transcript.ts";

export interface ConsoleChatOptions {
  engine: Engine;
  /** The admin features, for a console user (id 1) who is one of the owners. */
  admin?: AdminDeps;
  adminUserIds?: number[];
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The language of the user's "app": used when a question's words give no clue. */
  defaultLang: Lang;
  /** Show a greeting and a prompt: true for a terminal, false for piped input. */
  interactive: boolean;
}

/** Never sent anywhere: every API call is answered offline. */
const CONSOLE_TOKEN = "0:console";

const CONSOLE_BOT_INFO: UserFromGetMe = {
  id: 0,
  is_bot: true,
  first_name: "Tanya Adminduk",
  username: "tanya_adminduk_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { output, interactive } = options;
  const bot = createBot(
    // Piped input arrives all at once: a flood limit would drop most of it.
    {
      token: CONSOLE_TOKEN,
      botInfo: CONSOLE_BOT_INFO,
      adminUserIds: options.adminUserIds ?? [],
      floodLimit: false,
    },
    { engine: options.engine, admin: options.admin },
  );
  const transcript = new Transcript(output);
  bot.api.config.use(offlineApi(CONSOLE_BOT_INFO, (shown) => transcript.show(shown)));
  const user = new ConsoleUser(options.defaultLang);
  const prompt = () => interactive && output.write("> ");

  if (interactive) {
    await bot.handleUpdate(user.says("/start"));
    output.write("(Ctrl+D untuk keluar / to quit)\n");
    prompt();
  }
  for await (const line of createInterface({ input: options.input, terminal: false })) {
    const text = line.trim();
    const telegramOnly = telegramOnlyCommand(text);
    if (telegramOnly) {
      transcript.note(textsFor(telegramOnly.lang).telegramOnly(escapeHtml(telegramOnly.command)));
    } else if (text) {
      const pressed = transcript.button(text);
      await bot.handleUpdate(
        pressed ? user.presses(pressed.message, pressed.button.data) : user.says(text),
      );
    }
    prompt();
  }
}
