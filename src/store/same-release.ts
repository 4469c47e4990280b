// An earlier release that holds exactly what is being imported: the same
// description, values (with the source's ranks) and targets, written by the
// same actor. The CLI looks for it so that running an import again — after it
// was killed, or when the operator cannot tell whether it ran — takes up the
// first run's work instead of refusing (its draft is open) or publishing the
// same values twice (subscribers would get the same news twice).

import type { Client, ResultSet } from "@libsql/client";
import type { Actor, DraftMeta } from "../domain/admin/ports.ts";
import type { DraftData } from "../domain/import/draft-data.ts";
import type { Release } from "../domain/types.ts";
import { RELEASE_COLUMNS, releaseOf } from "./rows.ts";

/** The newest release of the actor with the same description; its columns are selected before it. */
const NEWEST_ALIKE = `
  FROM releases
  WHERE created_by = ? AND as_of = ? AND presented_on IS ? AND title = ? AND source = ? AND url IS ?
  ORDER BY id DESC LIMIT 1`;

export async function findSameRelease(
  client: Client,
  actor: Actor,
  meta: DraftMeta,
  data: DraftData,
): Promise<Release | null> {
  const args = [actor, meta.asOf, meta.presentedOn, meta.title, meta.source, meta.url];
  const [release, observations, targets] = (await client.batch(
    [
      { sql: `SELECT ${RELEASE_COLUMNS} ${NEWEST_ALIKE}`, args },
      {
        sql: `SELECT indicator, region_code, value, source_rank FROM observations
              WHERE release_id = (SELECT id ${NEWEST_ALIKE})`,
        args,
      },
      {
        sql: `SELECT indicator, year, value FROM targets WHERE release_id = (SELECT id ${NEWEST_ALIKE})`,
        args,
      },
    ],
    "read",
  )) as [ResultSet, ResultSet, ResultSet];
  const row = release.rows[0];
  if (row === undefined) return null;
  const stored = {
    observations: observations.rows.map((o) =>
      key(o.indicator, o.region_code, o.value, o.source_rank),
    ),
    targets: targets.rows.map((t) => key(t.indicator, t.year, t.value)),
  };
  const imported = {
    observations: data.observations.map((o) => key(o.indicator, o.region, o.value, o.sourceRank)),
    targets: data.targets.map((t) => key(t.indicator, t.year, t.value)),
  };
  return sameItems(stored.observations, imported.observations) &&
    sameItems(stored.targets, imported.targets)
    ? releaseOf(row)
    : null;
}

function key(...cells: unknown[]): string {
  return JSON.stringify(cells.map((cell) => (typeof cell === "bigint" ? Number(cell) : cell)));
}

function sameItems(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort();
  return [...a].sort().every((item, i) => item === sortedB[i]);
}
