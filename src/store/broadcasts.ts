// The Broadcasts port over libSQL: enqueueing is a broadcast row and one
// delivery per matching active subscription, written by INSERT … SELECT in the
// batch of the publication or correction itself, so the outbox can never miss
// (or invent) a release.
//
// A subscription matches a value when its indicator filter (if any) is the
// value's indicator, and its region filter (if any) is the value's region or,
// for a province, the region's province. A release matches when any of its
// values does; a correction when the corrected value does.

import type { Client, Row } from "@libsql/client";
import { and, desc, eq, exists, inArray, isNull, max, or, type SQL, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type {
  BroadcastKind,
  BroadcastState,
  Broadcasts,
  CorrectionDetail,
} from "../domain/broadcast/ports.ts";
import { named } from "./draft-statements.ts";
import { numeric, text } from "./rows.ts";
import {
  broadcasts,
  deliveries,
  observations,
  regions,
  releases,
  subscriptions,
} from "./schema.ts";
import { type StoreStatement, sent, type TypedDatabase, typed } from "./typed.ts";

type Expression = SQL | AnySQLiteColumn;

type DeliveryStatus = (typeof deliveries.status.enumValues)[number];

/** True when the subscription wants news of a value of this indicator and region. */
function wants(db: TypedDatabase, indicator: Expression, region: Expression): SQL | undefined {
  return and(
    or(isNull(subscriptions.indicatorFilter), eq(subscriptions.indicatorFilter, indicator)),
    or(
      isNull(subscriptions.regionFilter),
      eq(subscriptions.regionFilter, region),
      eq(
        subscriptions.regionFilter,
        db.select({ parent: regions.parentCode }).from(regions).where(eq(regions.code, region)),
      ),
    ),
  );
}

/** One pending delivery of the broadcast inserted last (in the batch, the one just written) per wanting subscription. */
function deliveriesFor(db: TypedDatabase, wanted: SQL | undefined) {
  const absent = sql`NULL`;
  return db.insert(deliveries).select(
    db
      .select(
        named({
          id: absent,
          broadcastId: sql`${db.select({ newest: max(broadcasts.id) }).from(broadcasts)}`,
          chatId: subscriptions.chatId,
          status: sql`${"pending" satisfies DeliveryStatus}`,
          attempts: sql`0`,
          nextAttemptAt: sql`0`,
          leaseOwner: absent,
          leaseUntil: absent,
          messageId: absent,
          lastError: absent,
          sentAt: absent,
        }),
      )
      .from(subscriptions)
      .where(and(eq(subscriptions.active, true), wanted)),
  );
}

/** Deliveries of the broadcast counted by status. */
function counted(statuses: DeliveryStatus[]) {
  return sql<number>`COUNT(${deliveries.id}) FILTER (WHERE ${inArray(deliveries.status, statuses)})`.mapWith(
    Number,
  );
}

export function createBroadcasts(client: Client): Broadcasts<StoreStatement> {
  const { db } = typed(client);
  return {
    forRelease(releaseId, notify) {
      return [
        db
          .insert(broadcasts)
          .values({ kind: "release", releaseId, detail: null, createdBy: notify }),
        deliveriesFor(
          db,
          exists(
            db
              .select({ one: sql`1` })
              .from(observations)
              .where(
                and(
                  eq(observations.releaseId, releaseId),
                  wants(db, observations.indicator, observations.regionCode),
                ),
              ),
          ),
        ),
      ];
    },

    forCorrection({ release, ...detail }, notify) {
      return [
        db.insert(broadcasts).values({
          kind: "correction",
          releaseId: release.id,
          detail: JSON.stringify(detail),
          createdBy: notify,
        }),
        deliveriesFor(db, wants(db, sql`${detail.indicator}`, sql`${detail.region}`)),
      ];
    },

    async recent(limit) {
      const rows = await sent(
        db
          .select({
            id: broadcasts.id,
            kind: broadcasts.kind,
            releaseId: broadcasts.releaseId,
            title: releases.title,
            detail: broadcasts.detail,
            createdAt: broadcasts.createdAt,
            pending: counted(["pending", "sending"]),
            sent: counted(["sent"]),
            failed: counted(["failed"]),
            inactive: counted(["inactive"]),
          })
          .from(broadcasts)
          .innerJoin(releases, eq(releases.id, broadcasts.releaseId))
          .leftJoin(deliveries, eq(deliveries.broadcastId, broadcasts.id))
          .groupBy(broadcasts.id)
          .orderBy(desc(broadcasts.id))
          .limit(limit),
      );
      return rows.map(({ id, kind, releaseId, title, detail, createdAt, ...counts }) => ({
        id,
        kind,
        release: { id: releaseId, title },
        correction: correctionIn(detail),
        createdAt,
        counts,
      }));
    },

    async retryFailed(broadcastId) {
      const [found, retried] = await sent(
        db.batch([
          db.select({ id: broadcasts.id }).from(broadcasts).where(eq(broadcasts.id, broadcastId)),
          db
            .update(deliveries)
            .set({ status: "pending", attempts: 0, nextAttemptAt: 0, lastError: null })
            .where(and(eq(deliveries.broadcastId, broadcastId), eq(deliveries.status, "failed"))),
          // Its summary is owed again once these are done (changes(): the update before).
          db
            .update(broadcasts)
            .set({ summarySentAt: null })
            .where(and(eq(broadcasts.id, broadcastId), sql`changes() > 0`)),
        ]),
      );
      if (found.length === 0) return null;
      return retried.rowsAffected;
    },
  };
}

/** A broadcast's detail: the correction it announces, if any. */
function correctionIn(detail: string | null): CorrectionDetail | null {
  // Written only by forCorrection, from a CorrectionDetail.
  return detail === null ? null : (JSON.parse(detail) as CorrectionDetail);
}

/** A row of the summary claim (outbox-claim.ts, SQL strings still) with a broadcast's columns and counts. */
export function broadcastStateOf(row: Row): BroadcastState {
  return {
    id: numeric(row, "id"),
    // A CHECK constraint holds kind to the domain's values.
    kind: text(row, "kind") as BroadcastKind,
    release: { id: numeric(row, "release_id"), title: text(row, "title") },
    correction: correctionOf(row),
    createdAt: text(row, "created_at"),
    counts: {
      pending: numeric(row, "pending"),
      sent: numeric(row, "sent"),
      failed: numeric(row, "failed"),
      inactive: numeric(row, "inactive"),
    },
  };
}

/** The detail column of a broadcasts row: the correction it announces, if any. */
export function correctionOf(row: Row): CorrectionDetail | null {
  const detail = row.detail;
  // Written only by forCorrection, from a CorrectionDetail.
  return typeof detail === "string" ? (JSON.parse(detail) as CorrectionDetail) : null;
}
