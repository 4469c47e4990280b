// The UnansweredQuestions port over libSQL: one row per (text, week, reason)
// with a count. Recording also drops weeks older than the kept period, in the
// same batch, so the table prunes itself without a job and without a second
// round trip.

import type { Client } from "@libsql/client";
import { asc, desc, gte, lt, sql, sum } from "drizzle-orm";
import { oldestKeptWeek, type UnansweredQuestions, weekOf } from "../domain/unanswered.ts";
import { unansweredQuestions as unanswered } from "./schema.ts";
import { sent, typed } from "./typed.ts";

export function createUnansweredQuestions(client: Client): UnansweredQuestions {
  const { db } = typed(client);
  return {
    async record({ text, reason }, today) {
      await sent(
        db.batch([
          db
            .insert(unanswered)
            .values({ text, week: weekOf(today), reason })
            .onConflictDoUpdate({
              target: [unanswered.text, unanswered.week, unanswered.reason],
              set: { count: sql`${unanswered.count} + 1` },
            }),
          db.delete(unanswered).where(lt(unanswered.week, oldestKeptWeek(today))),
        ]),
      );
    },

    async top(limit, today) {
      const total = sql<number>`SUM(${unanswered.count})`.mapWith(Number);
      const thisWeek = sum(
        sql`CASE WHEN ${unanswered.week} = ${weekOf(today)} THEN ${unanswered.count} ELSE 0 END`,
      ).mapWith(Number);
      return sent(
        db
          .select({ text: unanswered.text, reason: unanswered.reason, total, thisWeek })
          .from(unanswered)
          .where(gte(unanswered.week, oldestKeptWeek(today)))
          .groupBy(unanswered.text, unanswered.reason)
          .orderBy(desc(total), desc(thisWeek), asc(unanswered.text))
          .limit(limit),
      );
    },
  };
}
