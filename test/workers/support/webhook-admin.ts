// Talking to a Worker's webhook as Telegram does, for the Worker end-to-end
// tests: updates posted with the secret, admin commands answered through the
// fake Bot API, and a draft taken from /draf to the Terbitkan button.

import type { Update } from "grammy/types";
import { expect } from "vitest";
import type { FakeBotApi, RecordedCall } from "../../support/fake-bot-api.ts";
import { privateTextUpdate } from "../../support/telegram-updates.ts";

export interface Webhook {
  post(update: Update, secret?: string): Promise<Response>;
  /** An admin's command; resolves with the bot's reply to it. */
  adminSays(admin: number, text: string): Promise<RecordedCall>;
  /** An admin pressing an inline button carrying `data`. */
  press(admin: number, data: string): Promise<Response>;
  /** A fresh update id, for updates built by the test. */
  nextUpdateId(): number;
}

export function webhook(options: {
  origin: string;
  secret: string;
  telegram: FakeBotApi;
  /** The Worker's output so far, for failure messages. */
  output: () => string;
}): Webhook {
  const { origin, secret, telegram, output } = options;
  let updateId = 1;
  const post = (update: Update, withSecret = secret) =>
    fetch(`${origin}/telegram`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "X-Telegram-Bot-Api-Secret-Token": withSecret,
      },
      body: JSON.stringify(update),
    });
  const messagesTo = (chatId: number) =>
    telegram.calls.filter(
      ({ method, payload }) => method === "sendMessage" && payload.chat_id === chatId,
    );
  return {
    post,
    nextUpdateId: () => updateId++,
    async adminSays(admin, text) {
      const before = messagesTo(admin).length;
      const command = text.split(" ")[0] ?? text;
      const update = privateTextUpdate(updateId++, admin, text);
      if (update.message) {
        Object.assign(update.message, {
          entities: [{ type: "bot_command", offset: 0, length: command.length }],
        });
      }
      const response = await post(update);
      expect(response.status, output()).toBe(200);
      const reply = messagesTo(admin)[before];
      if (reply === undefined) throw new Error(`no reply to ${text}\n${output()}`);
      return reply;
    },
    press: (admin, data) => post(callbackQuery(updateId++, admin, data)),
  };
}

/**
 * Drafts a release with one value (IKD Kalimantan Timur), previews it and
 * presses Terbitkan: two admins, as the flood limit allows one user 3 updates
 * in 2 s and this takes 4. Resolves once the publisher is told "Diterbitkan".
 */
export async function publishThroughWebhook(
  hook: Webhook,
  telegram: FakeBotApi,
  admins: { drafter: number; publisher: number },
  options: { value: string; waitMs: number; output: () => string },
): Promise<void> {
  await hook.adminSays(
    admins.drafter,
    "/draf 2024-12-31 | Capaian adminduk Kaltim Desember 2024 | DKP3A",
  );
  await hook.adminSays(admins.drafter, `/ubah ikd kaltim ${options.value}`);
  const preview = await hook.adminSays(admins.publisher, "/pratinjau");
  const pressed = await hook.press(admins.publisher, buttonData(preview, "Terbitkan"));
  expect(pressed.status).toBe(200);
  await telegram
    .waitForCall(
      ({ method, payload }) =>
        method === "sendMessage" &&
        payload.chat_id === admins.publisher &&
        String(payload.text).includes("Diterbitkan"),
      options.waitMs,
    )
    .catch((error: unknown) => {
      const said = telegram.calls.slice(-5);
      throw new Error(`${String(error)}: ${JSON.stringify(said)}\n${options.output()}`);
    });
}

function callbackQuery(updateId: number, admin: number, data: string): Update {
  const from = { id: admin, is_bot: false, first_name: "Admin", language_code: "id" };
  return {
    update_id: updateId,
    callback_query: {
      id: `cb${updateId}`,
      from,
      chat_instance: "worker-test",
      data,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: admin, type: "private", first_name: "Admin" },
        text: "…",
      },
    },
  };
}

function buttonData(call: RecordedCall, label: string): string {
  const markup = call.payload.reply_markup as
    | { inline_keyboard: { text: string; callback_data?: string }[][] }
    | undefined;
  const button = markup?.inline_keyboard.flat().find((b) => b.text === label);
  if (button?.callback_data === undefined) throw new Error(`no ${label} button in the preview`);
  return button.callback_data;
}
