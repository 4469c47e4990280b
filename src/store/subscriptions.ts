// The Subscriptions port over libSQL: one row per chat, kept when it stops.

import type { Client, InStatement, Row } from "@libsql/client";
import type { Subscriptions } from "../domain/broadcast/ports.ts";
import type { ChatKind, InactiveReason, Subscription } from "../domain/broadcast/subscription.ts";
import type { Lang } from "../domain/types.ts";
import { moveChatStatements } from "./chat-moves.ts";
import { nullableText, numeric, text } from "./rows.ts";

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

const SUBSCRIBE = `
  INSERT INTO subscriptions
    (chat_id, chat_type, title, lang, region_filter, indicator_filter, created_by)
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (chat_id) DO UPDATE SET
    chat_type = excluded.chat_type, title = excluded.title, lang = excluded.lang,
    region_filter = excluded.region_filter, indicator_filter = excluded.indicator_filter,
    created_by = excluded.created_by, active = 1, inactive_reason = NULL, updated_at = ${NOW}`;

/** Stops the chat's subscription, if it is active, saying why. */
export function deactivate(chatId: number, reason: InactiveReason): InStatement {
  return {
    sql: `UPDATE subscriptions SET active = 0, inactive_reason = ?2, updated_at = ${NOW}
          WHERE chat_id = ?1 AND active = 1`,
    args: [chatId, reason],
  };
}

export function createSubscriptions(client: Client): Subscriptions {
  return {
    async find(chatId) {
      const { rows } = await client.execute({
        sql: `SELECT chat_id, chat_type, title, lang, region_filter, indicator_filter, active,
                     inactive_reason
              FROM subscriptions WHERE chat_id = ?`,
        args: [chatId],
      });
      const row = rows[0];
      return row === undefined ? null : subscriptionOf(row);
    },

    async subscribe({ chatId, chatKind, title, lang, filter, createdBy }) {
      await client.execute({
        sql: SUBSCRIBE,
        args: [chatId, chatKind, title, lang, filter.region, filter.indicator, createdBy],
      });
    },

    async unsubscribe(chatId) {
      const { rowsAffected } = await client.execute(deactivate(chatId, "unsubscribed"));
      return rowsAffected === 1;
    },

    async deactivate(chatId, reason) {
      await client.execute(deactivate(chatId, reason));
    },

    async moveChat(from, to) {
      await client.batch(moveChatStatements(from, to), "write");
    },
  };
}

function subscriptionOf(row: Row): Subscription {
  return {
    chatId: numeric(row, "chat_id"),
    // CHECK constraints hold chat_type and lang to the domain's values.
    chatKind: text(row, "chat_type") as ChatKind,
    title: nullableText(row, "title"),
    lang: text(row, "lang") as Lang,
    filter: {
      region: nullableText(row, "region_filter"),
      indicator: nullableText(row, "indicator_filter"),
    },
    active: numeric(row, "active") === 1,
    // Written only from the InactiveReason values.
    inactiveReason: nullableText(row, "inactive_reason") as InactiveReason | null,
  };
}
