// The Corrections port over libSQL. A correction changes a published value in
// place, so it is recorded (who, when, old and new, why) and the value is
// flagged: answers show it as corrected. The write is one batch conditioned on
// the value it replaces, so of two editors correcting at once, the second is
// refused instead of overwriting a value they never saw.

import type { Client, InStatement } from "@libsql/client";
import type { Corrections } from "../domain/admin/ports.ts";
import { auditRow, beginChangeIfOneRowChanged } from "./audit.ts";
import { bumpDataVersion } from "./data-version.ts";
import { numeric, RELEASE_COLUMNS, releaseOf } from "./rows.ts";

/** The published releases that have the value, newest first: users see the first, as the facts query picks. */
function newestWithValue(indicator: string, region: string): string {
  return `
    FROM observations o
    JOIN releases r ON r.id = o.release_id AND r.status = 'published'
    WHERE o.indicator = ${indicator} AND o.region_code = ${region}
    ORDER BY r.as_of DESC, r.id DESC
    LIMIT 1`;
}

const SEEN_BY_USERS = `SELECT ${RELEASE_COLUMNS}, value ${newestWithValue("?", "?")}`;

/**
 * Changes the value only while it is still the one read (?5), in the release
 * users still see it from; the guard after it fails the batch otherwise.
 */
const CORRECT_IF_UNCHANGED = `
  UPDATE observations SET value = ?1, corrected = 1
  WHERE release_id = ?2 AND indicator = ?3 AND region_code = ?4 AND value = ?5
    AND release_id = (SELECT r.id ${newestWithValue("?3", "?4")})`;

export function createCorrections(client: Client): Corrections<InStatement> {
  async function seenByUsers(indicator: string, region: string) {
    const { rows } = await client.execute({ sql: SEEN_BY_USERS, args: [indicator, region] });
    const row = rows[0];
    return row === undefined ? null : { release: releaseOf(row), value: numeric(row, "value") };
  }

  return {
    async correct({ indicator, region, value }, reason, actor, alsoInBatch) {
      const seen = await seenByUsers(indicator, region);
      if (seen === null) return { refused: { reason: "not-published", indicator, region } };
      const { release, value: old } = seen;
      const recorded = { release, indicator, region, old, new: value, reason };
      try {
        await client.batch(
          [
            { sql: CORRECT_IF_UNCHANGED, args: [value, release.id, indicator, region, old] },
            beginChangeIfOneRowChanged,
            auditRow(actor, "correct", release.id, {
              indicator,
              region,
              oldValue: old,
              newValue: value,
              detail: { reason },
            }),
            bumpDataVersion,
            ...(alsoInBatch?.(recorded) ?? []),
          ],
          "write",
        );
      } catch (error) {
        const now = await seenByUsers(indicator, region);
        if (now?.release.id !== release.id || now.value !== old) {
          return {
            refused: { reason: "value-changed", indicator, region, now: now?.value ?? null },
          };
        }
        throw error;
      }
      return { ok: recorded };
    },
  };
}
