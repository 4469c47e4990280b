// The UnansweredQuestions port over libSQL: one row per (text, week, reason)
// with a count. A count joins whatever other small writes arrive in the same
// turn of the event loop (group-commit.ts: the claims of updates in flight)
// instead of a write transaction of its own. Recording also drops weeks older
// than the kept period, once a day per process, in the same batch, so the
// table prunes itself without a job and without a second round trip.
//
// What a crash can lose: the counts of the questions answered in the turn it
// happens in (their write was not committed yet), as it could before grouping.

import type { Client } from "@libsql/client";
import { asc, desc, gte, lt, sql, sum } from "drizzle-orm";
import { oldestKeptWeek, type UnansweredQuestions, weekOf } from "../domain/unanswered.ts";
import { groupCommit } from "./group-commit.ts";
import { unansweredQuestions as unanswered } from "./schema.ts";
import { sent, statementMaker, typed } from "./typed.ts";

export function createUnansweredQuestions(client: Client): UnansweredQuestions {
  const { db } = typed(client);
  const grouped = groupCommit(client);
  const counting = statementMaker<"text" | "week" | "reason">(
    db
      .insert(unanswered)
      .values({
        text: sql.placeholder("text"),
        week: sql.placeholder("week"),
        reason: sql.placeholder("reason"),
      })
      .onConflictDoUpdate({
        target: [unanswered.text, unanswered.week, unanswered.reason],
        set: { count: sql`${unanswered.count} + 1` },
      }),
  );
  const pruning = statementMaker<"oldest">(
    db.delete(unanswered).where(lt(unanswered.week, sql.placeholder("oldest"))),
  );
  /** The day the table was last pruned by this process. */
  let prunedOn: string | undefined;

  return {
    async record({ text, reason }, today) {
      const prune = prunedOn !== today;
      await grouped.write([
        counting({ text, week: weekOf(today), reason }),
        ...(prune ? [pruning({ oldest: oldestKeptWeek(today) })] : []),
      ]);
      if (prune) prunedOn = today;
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
