// The Corrections port over libSQL. A correction changes a published value in
// place, so it is recorded (who, when, old and new, why) and the value is
// flagged: answers show it as corrected.

import type { Client, InStatement } from "@libsql/client";
import type { Corrections } from "../domain/admin/ports.ts";
import { auditRow, beginChange } from "./audit.ts";
import { bumpDataVersion } from "./data-version.ts";
import { numeric, RELEASE_COLUMNS, releaseOf } from "./rows.ts";

/** The value users see: the newest published release that has it, as the facts query picks. */
const SEEN_BY_USERS = `
  SELECT ${RELEASE_COLUMNS}, value
  FROM observations o
  JOIN releases r ON r.id = o.release_id AND r.status = 'published'
  WHERE o.indicator = ? AND o.region_code = ?
  ORDER BY r.as_of DESC, r.id DESC
  LIMIT 1`;

export function createCorrections(client: Client): Corrections<InStatement> {
  return {
    async correct({ indicator, region, value }, reason, actor, alsoInBatch) {
      const { rows } = await client.execute({ sql: SEEN_BY_USERS, args: [indicator, region] });
      const row = rows[0];
      if (row === undefined) return { refused: { reason: "not-published", indicator, region } };
      const release = releaseOf(row);
      const old = numeric(row, "value");
      const recorded = { release, indicator, region, old, new: value, reason };
      const update: InStatement = {
        sql: `UPDATE observations SET value = ?, corrected = 1
              WHERE release_id = ? AND indicator = ? AND region_code = ?`,
        args: [value, release.id, indicator, region],
      };
      await client.batch(
        [
          beginChange,
          auditRow(actor, "correct", release.id, {
            indicator,
            region,
            oldValue: old,
            newValue: value,
            detail: { reason },
          }),
          update,
          bumpDataVersion,
          ...(alsoInBatch?.(recorded) ?? []),
        ],
        "write",
      );
      return { ok: recorded };
    },
  };
}
