// The Corrections port over libSQL. A correction changes a published value in
// place, so it is recorded (who, when, old and new, why) and the value is
// flagged: answers show it as corrected. The write is one batch conditioned on
// the value it replaces, so of two editors correcting at once, the second is
// refused instead of overwriting a value they never saw.

import type { Client } from "@libsql/client";
import { and, desc, eq } from "drizzle-orm";
import type { Corrections } from "../domain/admin/ports.ts";
import { auditEntry, openChangeIfOneRowChanged } from "./audit.ts";
import { observations, releases } from "./schema.ts";
import { releaseColumns } from "./selections.ts";
import { type StoreStatement, sent, type TypedDatabase, typed } from "./typed.ts";

/** The published releases that have the value, newest first: users see the first, as the facts query picks. */
function newestWithValue<T extends Parameters<TypedDatabase["select"]>[0]>(
  db: TypedDatabase,
  fields: T & NonNullable<unknown>,
  indicator: string,
  region: string,
) {
  return db
    .select(fields)
    .from(observations)
    .innerJoin(
      releases,
      and(eq(releases.id, observations.releaseId), eq(releases.status, "published")),
    )
    .where(and(eq(observations.indicator, indicator), eq(observations.regionCode, region)))
    .orderBy(desc(releases.asOf), desc(releases.id))
    .limit(1);
}

export function createCorrections(client: Client): Corrections<StoreStatement> {
  const { db } = typed(client);

  async function seenByUsers(indicator: string, region: string) {
    const [row] = await sent(
      newestWithValue(db, { ...releaseColumns, value: observations.value }, indicator, region),
    );
    if (row === undefined) return null;
    const { value, ...release } = row;
    return { release, value };
  }

  return {
    async correct({ indicator, region, value }, reason, actor, alsoInBatch) {
      const seen = await seenByUsers(indicator, region);
      if (seen === null) return { refused: { reason: "not-published", indicator, region } };
      const { release, value: old } = seen;
      const recorded = { release, indicator, region, old, new: value, reason };
      try {
        await sent(
          db.batch([
            // Changes the value only while it is still the one read, in the
            // release users still see it from; the guard after it fails the batch otherwise.
            db
              .update(observations)
              .set({ value, corrected: true })
              .where(
                and(
                  eq(observations.releaseId, release.id),
                  eq(observations.indicator, indicator),
                  eq(observations.regionCode, region),
                  eq(observations.value, old),
                  eq(
                    observations.releaseId,
                    newestWithValue(db, { id: releases.id }, indicator, region),
                  ),
                ),
              ),
            openChangeIfOneRowChanged(db),
            auditEntry(db, actor, "correct", release.id, {
              indicator,
              region,
              oldValue: old,
              newValue: value,
              detail: { reason },
            }),
            ...(alsoInBatch?.(recorded) ?? []),
          ]),
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
