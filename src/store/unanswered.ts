// The UnansweredQuestions port over libSQL: one row per (text, week, reason)
// with a count. Recording also drops weeks older than the kept period, in the
// same batch, so the table prunes itself without a job and without a second
// round trip.

import type { Client } from "@libsql/client";
import {
  oldestKeptWeek,
  type UnansweredQuestions,
  type UnansweredReason,
  weekOf,
} from "../domain/unanswered.ts";
import { numeric, text } from "./rows.ts";

const COUNT = `
  INSERT INTO unanswered_questions (text, week, reason) VALUES (?, ?, ?)
  ON CONFLICT (text, week, reason) DO UPDATE SET count = count + 1`;

const PRUNE = "DELETE FROM unanswered_questions WHERE week < ?";

const TOP = `
  SELECT text, reason, SUM(count) AS total, SUM(CASE WHEN week = ?2 THEN count ELSE 0 END) AS this_week
  FROM unanswered_questions
  WHERE week >= ?1
  GROUP BY text, reason
  ORDER BY total DESC, this_week DESC, text
  LIMIT ?3`;

export function createUnansweredQuestions(client: Client): UnansweredQuestions {
  return {
    async record({ text: question, reason }, today) {
      await client.batch(
        [
          { sql: COUNT, args: [question, weekOf(today), reason] },
          { sql: PRUNE, args: [oldestKeptWeek(today)] },
        ],
        "write",
      );
    },

    async top(limit, today) {
      const { rows } = await client.execute({
        sql: TOP,
        args: [oldestKeptWeek(today), weekOf(today), limit],
      });
      return rows.map((row) => ({
        text: text(row, "text"),
        // A CHECK constraint holds reason to these values.
        reason: text(row, "reason") as UnansweredReason,
        total: numeric(row, "total"),
        thisWeek: numeric(row, "this_week"),
      }));
    },
  };
}
