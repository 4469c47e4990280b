// The PersonalData port over libSQL: /hapusdata takes a user's id out of every
// table in one atomic batch. A private chat's id is its user's id. The rows
// that record who changed public data (audit_log.actor, releases.created_by
// and published_by, audit details naming an editor, the sources an admin set
// the bot to watch: watch_sources.created_by) and an editor's own row
// (access an owner granted) are kept, and counted so the answer can say so.

import type { Client } from "@libsql/client";
import { eq, exists, or, sql } from "drizzle-orm";
import type { PersonalData } from "../domain/privacy.ts";
import {
  admins,
  auditLog,
  broadcasts,
  deliveries,
  pendingImports,
  releases,
  subscriptions,
  watchSources,
} from "./schema.ts";
import { oneRow, sent, typed } from "./typed.ts";

/**
 * What subscriptions.created_by becomes for a group or channel whose
 * subscriber asked to be forgotten: the column is NOT NULL, and Telegram never
 * gives a user the id 0.
 */
export const FORGOTTEN_SUBSCRIBER = 0;

export function createPersonalData(client: Client): PersonalData {
  const { db } = typed(client);
  const one = { one: sql`1` };
  return {
    async forgetUser(userId) {
      const actor = `tg:${userId}`;
      const [deliveriesGone, subscription, imports, subscribedChats, reports, [kept]] = await sent(
        db.batch([
          db.delete(deliveries).where(eq(deliveries.chatId, userId)),
          db.delete(subscriptions).where(eq(subscriptions.chatId, userId)),
          db.delete(pendingImports).where(eq(pendingImports.userId, userId)),
          db
            .update(subscriptions)
            .set({ createdBy: FORGOTTEN_SUBSCRIBER })
            .where(eq(subscriptions.createdBy, userId)),
          // The news still goes out; nobody is told how its delivery went.
          db.update(broadcasts).set({ createdBy: null }).where(eq(broadcasts.createdBy, userId)),
          db
            .select({
              editor: sql<number>`${exists(db.select(one).from(admins).where(eq(admins.userId, userId)))}`,
              writes: sql<number>`${or(
                exists(db.select(one).from(auditLog).where(eq(auditLog.actor, actor))),
                exists(
                  db
                    .select(one)
                    .from(releases)
                    .where(or(eq(releases.createdBy, actor), eq(releases.publishedBy, actor))),
                ),
                exists(db.select(one).from(watchSources).where(eq(watchSources.createdBy, actor))),
              )}`,
            })
            .from(oneRow),
        ]),
      );
      return {
        subscription: subscription.rowsAffected > 0,
        deliveries: deliveriesGone.rowsAffected,
        pendingImports: imports.rowsAffected,
        subscribedChats: subscribedChats.rowsAffected,
        deliveryReports: reports.rowsAffected,
        editor: Number(kept?.editor) === 1,
        adminWrites: Number(kept?.writes) === 1,
      };
    },
  };
}
