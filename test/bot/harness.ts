// A real bot over the real seeded store, with Telegram faked only at the API
// transformer: outgoing calls are captured and answered plausibly. Updates are
// built as Telegram sends them, entities included (commands and mentions are
// recognised from them, as in production).

import type { Chat, Message, Update, User } from "grammy/types";
import { type BotConfig, type BotDeps, createBot } from "../../src/bot/create-bot.ts";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { type ApiCall, captureApiCalls } from "../support/api-calls.ts";
import { seededStore } from "../support/reference.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

export const BOT_USERNAME = TEST_BOT_INFO.username;
export const USER_ID = 4242;
const GROUP_ID = -100123;

export async function seededEngine(): Promise<Engine> {
  const store = await seededStore();
  return createEngine({ facts: store.facts, defaultProvince: "64" });
}

export interface TestBot {
  bot: ReturnType<typeof createBot>;
  calls: ApiCall[];
  errors: { message: string; meta: unknown }[];
  /** Feeds updates one by one, as polling does. */
  send(...updates: Update[]): Promise<void>;
  /** Captured calls of one method. */
  sent(method: string): Record<string, unknown>[];
}

export function testBot(
  engine: Engine,
  config: Partial<BotConfig> = {},
  deps: Partial<BotDeps> = {},
): TestBot {
  const errors: TestBot["errors"] = [];
  const bot = createBot(
    // One user sending many updates in a row is every test; the flood limit has tests of its own.
    {
      token: TEST_BOT_TOKEN,
      botInfo: TEST_BOT_INFO,
      adminUserIds: [],
      floodLimit: false,
      ...config,
    },
    { engine, logger: { error: (message, meta) => errors.push({ message, meta }) }, ...deps },
  );
  const calls = captureApiCalls(bot);
  return {
    bot,
    calls,
    errors,
    async send(...updates) {
      for (const update of updates) await bot.handleUpdate(update);
    },
    sent: (method) => calls.filter((c) => c.method === method).map((c) => c.payload),
  };
}

let lastUpdateId = 0;

export function user(languageCode = "id", id = USER_ID): User {
  return { id, is_bot: false, first_name: "Ani", language_code: languageCode };
}

/** A message as quoted in a reply (Telegram does not nest replies). */
type RepliedMessage = NonNullable<Message["reply_to_message"]>;

interface MessageOptions {
  from?: User;
  chat?: "private" | "group" | "supergroup";
  replyTo?: RepliedMessage;
}

export function textUpdate(text: string, options: MessageOptions = {}): Update {
  const id = ++lastUpdateId;
  const from = options.from ?? user();
  const entities = entitiesOf(text);
  return {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(options.chat ?? "private", from),
      from,
      text,
      ...(entities.length > 0 ? { entities } : {}),
      ...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
    },
  };
}

function chatOf(
  kind: "private" | "group" | "supergroup",
  from: User,
): Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat {
  if (kind === "private") return { id: from.id, type: "private", first_name: from.first_name };
  return { id: GROUP_ID, type: kind, title: "Warga Kaltim" };
}

/** Commands at the start and @mentions anywhere, as Telegram marks them. */
function entitiesOf(text: string) {
  const command = /^\/\w+(@\w+)?/.exec(text)?.[0] ?? "";
  // "/tanya@bot" is one command, not a command and a mention.
  const mentions = [...text.matchAll(/@\w+/g)].filter((m) => m.index >= command.length);
  return [
    ...(command ? [{ type: "bot_command" as const, offset: 0, length: command.length }] : []),
    ...mentions.map((m) => ({ type: "mention" as const, offset: m.index, length: m[0].length })),
  ];
}

/** A message the bot sent earlier in the group, to reply to. */
export function botMessage(text: string): RepliedMessage {
  return {
    message_id: 9000,
    date: Math.floor(Date.now() / 1000),
    chat: { id: GROUP_ID, type: "group", title: "Warga Kaltim" },
    from: TEST_BOT_INFO,
    text,
    reply_to_message: undefined,
  };
}

/** A press of a button on a message the bot sent (message_id 77 in the user's private chat). */
export function pressUpdate(data: string, from: User = user()): Update {
  const id = ++lastUpdateId;
  return {
    update_id: id,
    callback_query: {
      id: `cb${id}`,
      from,
      chat_instance: "test",
      data,
      message: {
        message_id: 77,
        date: Math.floor(Date.now() / 1000),
        chat: { id: from.id, type: "private", first_name: from.first_name },
        from: TEST_BOT_INFO,
        text: "…",
      },
    },
  };
}

export function inlineUpdate(query: string, from: User = user()): Update {
  const id = ++lastUpdateId;
  return { update_id: id, inline_query: { id: `iq${id}`, from, query, offset: "" } };
}

/** The callback_data of every button in a captured reply_markup, in order. */
export function buttonsOf(payload: Record<string, unknown> | undefined) {
  const markup = payload?.reply_markup as
    | { inline_keyboard: { text: string; callback_data: string }[][] }
    | undefined;
  return (markup?.inline_keyboard ?? []).flat();
}
