// The bot with its admin features over a fresh seeded store, with an owner, an
// editor and a stranger to send updates, forwarded messages and documents.

import type { Client } from "@libsql/client";
import type { Document, Update, User } from "grammy/types";
import { expect } from "vitest";
import type { AdminDeps } from "../../src/bot/context.ts";
import type { BotConfig } from "../../src/bot/create-bot.ts";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import type { StoreFactsSource } from "../../src/store/facts-repository.ts";
import { readLink } from "../../src/watch/read-link.ts";
import { strayMarkup } from "../support/html.ts";
import { seededStore } from "../support/reference.ts";
import { type TestBot, testBot, textUpdate, user } from "./harness.ts";

export const OWNER_ID = 7001;
export const EDITOR_ID = 7002;
export const STRANGER_ID = 7003;

export const owner: User = user("id", OWNER_ID);
export const editor: User = user("id", EDITOR_ID);
export const stranger: User = user("id", STRANGER_ID);

export interface AdminTestBot extends TestBot {
  client: Client;
  engine: Engine;
  /** The engine's store: invalidate() after changing reference data behind its back. */
  facts: StoreFactsSource;
  store: ReturnType<typeof createAdminStore>;
  /** Texts of every message sent so far, in order. */
  texts(): string[];
  /** The text of the last message sent. */
  lastText(): string;
}

export async function adminTestBot(
  config: Partial<BotConfig> = {},
  adminDeps: Partial<AdminDeps> = {},
): Promise<AdminTestBot> {
  const seeded = await seededStore();
  const engine = createEngine({ facts: seeded.facts, defaultProvince: "64" });
  const store = createAdminStore(seeded.client);
  const t = testBot(
    engine,
    { adminUserIds: [OWNER_ID], ...config },
    {
      admin: {
        store,
        facts: seeded.facts,
        referenceChanged: seeded.facts.invalidate,
        readLink,
        ...adminDeps,
      },
    },
  );
  const texts = () => t.sent("sendMessage").map((m) => String(m.text));
  return {
    ...t,
    client: seeded.client,
    engine,
    facts: seeded.facts,
    store,
    texts,
    lastText: () => texts().at(-1) ?? "",
  };
}

/** The update as Telegram delivers a message someone forwarded from another chat. */
export function forwarded(update: Update, originalSender: User): Update {
  const message = update.message;
  if (!message) throw new Error("only messages can be forwarded");
  return {
    ...update,
    message: {
      ...message,
      forward_origin: { type: "user", sender_user: originalSender, date: message.date - 60 },
    },
  };
}

/** The update as if it came from a group: its message, or the message its button is on, moved there. */
export function inGroup(update: Update): Update {
  const group = { id: -100_777, type: "group" as const, title: "Grup Data" };
  if (update.message) return { ...update, message: { ...update.message, chat: group } };
  const press = update.callback_query;
  if (press?.message) {
    return { ...update, callback_query: { ...press, message: { ...press.message, chat: group } } };
  }
  throw new Error("only messages and button presses can come from a group");
}

/** A document sent to the bot in the sender's private chat. */
export function documentUpdate(document: Document, from: User): Update {
  const { message, ...update } = textUpdate("", { from });
  if (!message) throw new Error("textUpdate makes messages");
  const { text: _text, ...withoutText } = message;
  return { ...update, message: { ...withoutText, document } };
}

/** Every message the bot sent is the Telegram HTML it means: nothing typed or stored went out raw. */
export function expectOnlyIntendedMarkup(t: AdminTestBot): void {
  for (const text of t.texts()) expect(strayMarkup(text)).toEqual([]);
}
