// An earlier release that holds exactly what is being imported: the same
// description, values (with the source's ranks) and targets, written by the
// same actor. The CLI looks for it so that running an import again — after it
// was killed, or when the operator cannot tell whether it ran — takes up the
// first run's work instead of refusing (its draft is open) or publishing the
// same values twice (subscribers would get the same news twice).

import type { Client } from "@libsql/client";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Actor, DraftMeta } from "../domain/admin/ports.ts";
import type { DraftData } from "../domain/import/draft-data.ts";
import type { Release } from "../domain/types.ts";
import { observations, releases, targets } from "./schema.ts";
import { releaseColumns } from "./selections.ts";
import { sent, typed } from "./typed.ts";

/** Equal, NULL included (SQL's IS). */
const same = (column: typeof releases.url | typeof releases.presentedOn, value: string | null) =>
  sql`${column} IS ${value}`;

export async function findSameRelease(
  client: Client,
  actor: Actor,
  meta: DraftMeta,
  data: DraftData,
): Promise<Release | null> {
  const { reader } = typed(client);
  /** The actor's releases with the same description; the newest is the one. */
  const alike = and(
    eq(releases.createdBy, actor),
    eq(releases.asOf, meta.asOf),
    same(releases.presentedOn, meta.presentedOn),
    eq(releases.title, meta.title),
    eq(releases.source, meta.source),
    same(releases.url, meta.url),
  );
  const newestId = reader
    .select({ id: releases.id })
    .from(releases)
    .where(alike)
    .orderBy(desc(releases.id))
    .limit(1);
  const [release, observationRows, targetRows] = await sent(
    reader.batch([
      reader.select(releaseColumns).from(releases).where(alike).orderBy(desc(releases.id)).limit(1),
      reader
        .select({
          indicator: observations.indicator,
          region: observations.regionCode,
          value: observations.value,
          sourceRank: observations.sourceRank,
        })
        .from(observations)
        .where(eq(observations.releaseId, newestId)),
      reader
        .select({ indicator: targets.indicator, year: targets.year, value: targets.value })
        .from(targets)
        .where(eq(targets.releaseId, newestId)),
    ]),
  );
  const found = release[0];
  if (found === undefined) return null;
  const stored = {
    observations: observationRows.map((o) => key(o.indicator, o.region, o.value, o.sourceRank)),
    targets: targetRows.map((t) => key(t.indicator, t.year, t.value)),
  };
  const imported = {
    observations: data.observations.map((o) => key(o.indicator, o.region, o.value, o.sourceRank)),
    targets: data.targets.map((t) => key(t.indicator, t.year, t.value)),
  };
  return sameItems(stored.observations, imported.observations) &&
    sameItems(stored.targets, imported.targets)
    ? found
    : null;
}

function key(...cells: (string | number | null)[]): string {
  return JSON.stringify(cells);
}

function sameItems(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort();
  return [...a].sort().every((item, i) => item === sortedB[i]);
}
