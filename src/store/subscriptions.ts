// The Subscriptions port over libSQL: one row per chat, kept when it stops.

import type { Client } from "@libsql/client";
import { and, eq } from "drizzle-orm";
import type { Subscriptions } from "../domain/broadcast/ports.ts";
import type { InactiveReason, Subscription } from "../domain/broadcast/subscription.ts";
import { moveChatQueries } from "./chat-moves.ts";
import { subscriptions } from "./schema.ts";
import { excluded, isoNow, sent, type TypedDatabase, typed } from "./typed.ts";

/** Stops the chat's subscription, if it is active, saying why. */
export function deactivation(db: TypedDatabase, chatId: number, reason: InactiveReason) {
  return db
    .update(subscriptions)
    .set({ active: false, inactiveReason: reason, updatedAt: isoNow })
    .where(and(eq(subscriptions.chatId, chatId), eq(subscriptions.active, true)));
}

export function createSubscriptions(client: Client): Subscriptions {
  const { db } = typed(client);
  return {
    async find(chatId) {
      const row = await sent(
        db
          .select({
            chatId: subscriptions.chatId,
            chatKind: subscriptions.chatType,
            title: subscriptions.title,
            lang: subscriptions.lang,
            region: subscriptions.regionFilter,
            indicator: subscriptions.indicatorFilter,
            active: subscriptions.active,
            inactiveReason: subscriptions.inactiveReason,
          })
          .from(subscriptions)
          .where(eq(subscriptions.chatId, chatId))
          .get(),
      );
      if (row === undefined) return null;
      const { region, indicator, inactiveReason, ...rest } = row;
      const subscription: Subscription = {
        ...rest,
        filter: { region, indicator },
        // Written only from the InactiveReason values.
        inactiveReason: inactiveReason as InactiveReason | null,
      };
      return subscription;
    },

    async subscribe({ chatId, chatKind, title, lang, filter, createdBy }) {
      await sent(
        db
          .insert(subscriptions)
          .values({
            chatId,
            chatType: chatKind,
            title,
            lang,
            regionFilter: filter.region,
            indicatorFilter: filter.indicator,
            createdBy,
          })
          .onConflictDoUpdate({
            target: subscriptions.chatId,
            set: {
              chatType: excluded(subscriptions.chatType),
              title: excluded(subscriptions.title),
              lang: excluded(subscriptions.lang),
              regionFilter: excluded(subscriptions.regionFilter),
              indicatorFilter: excluded(subscriptions.indicatorFilter),
              createdBy: excluded(subscriptions.createdBy),
              active: true,
              inactiveReason: null,
              updatedAt: isoNow,
            },
          }),
      );
    },

    async unsubscribe(chatId) {
      const { rowsAffected } = await sent(deactivation(db, chatId, "unsubscribed"));
      return rowsAffected === 1;
    },

    async deactivate(chatId, reason) {
      await sent(deactivation(db, chatId, reason));
    },

    async moveChat(from, to) {
      await sent(db.batch(moveChatQueries(db, from, to)));
    },
  };
}
