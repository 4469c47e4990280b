// A group that becomes a supergroup gets a new chat id. Its subscription moves
// to the new id, unless the supergroup already has one of its own (then that
// one stays and the old one is retired), and so do its deliveries still waiting,
// except a broadcast the supergroup already has: never twice.

import { and, eq, notExists } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { deliveries, subscriptions } from "./schema.ts";
import { isoNow, type TypedDatabase } from "./typed.ts";

const otherSubscription = alias(subscriptions, "other_subscription");
const otherDelivery = alias(deliveries, "other_delivery");

export function moveChatQueries(db: TypedDatabase, from: number, to: number) {
  return [
    db
      .update(subscriptions)
      .set({ chatId: to, chatType: "supergroup", updatedAt: isoNow })
      .where(
        and(
          eq(subscriptions.chatId, from),
          notExists(
            db
              .select({ chatId: otherSubscription.chatId })
              .from(otherSubscription)
              .where(eq(otherSubscription.chatId, to)),
          ),
        ),
      ),
    db
      .update(subscriptions)
      .set({ active: false, inactiveReason: "migrated", updatedAt: isoNow })
      .where(eq(subscriptions.chatId, from)),
    db
      .update(deliveries)
      .set({ chatId: to })
      .where(
        and(
          eq(deliveries.chatId, from),
          eq(deliveries.status, "pending"),
          notExists(
            db
              .select({ id: otherDelivery.id })
              .from(otherDelivery)
              .where(
                and(
                  eq(otherDelivery.broadcastId, deliveries.broadcastId),
                  eq(otherDelivery.chatId, to),
                ),
              ),
          ),
        ),
      ),
  ] as const;
}
