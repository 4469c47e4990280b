// The outbox claim: one batch, so one round trip and one transaction, that
// leases due deliveries, reads what sending them needs, reads the recent sends
// to groups (for their rate limit) and claims the summaries now owed. SQLite
// runs one writer at a time, so a row leased here is leased by no other worker
// until the lease runs out. The same batch takes the deliveries' send slots
// from the overall rate budget (meta.broadcast_next_slot), which every worker
// and process on the database shares: two of them together still keep to one
// rate. Nothing is leased while delivery is paused (meta.broadcast_paused_until).

import type { Client, ResultSet, Row } from "@libsql/client";
import type {
  BroadcastKind,
  BroadcastToSend,
  Claim,
  ClaimedDelivery,
  ClaimRequest,
} from "../domain/broadcast/ports.ts";
import type { ChatKind } from "../domain/broadcast/subscription.ts";
import type { Lang, Release } from "../domain/types.ts";
import { broadcastStateOf, correctionOf } from "./broadcasts.ts";
import {
  nullableNumeric,
  nullableText,
  numeric,
  RELEASE_COLUMNS,
  releaseOf,
  text,
} from "./rows.ts";

/** The meta row holding the end of the last send slot taken, epoch ms. */
export const NEXT_SLOT_KEY = "broadcast_next_slot";
/** The meta row holding the end of a pause, epoch ms. */
export const PAUSED_UNTIL_KEY = "broadcast_paused_until";

/** ?3 now: true while a pause lasts. */
const PAUSED = `EXISTS (SELECT 1 FROM meta WHERE key = '${PAUSED_UNTIL_KEY}' AND CAST(value AS INTEGER) > ?3)`;

/** ?3 now. Waiting and due, or leased by a worker whose lease ran out. */
export const DUE =
  "(status = 'pending' AND next_attempt_at <= ?3) OR (status = 'sending' AND lease_until < ?3)";

/** Broadcasts (alias b) with nothing left to deliver and no summary sent. */
export const SUMMARY_OWED = `
  b.summary_sent_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM deliveries d
                  WHERE d.broadcast_id = b.id AND d.status IN ('pending', 'sending'))`;

/** ?1 lease, ?2 lease until, ?3 now, ?4 limit. */
const LEASE = `
  UPDATE deliveries
  SET status = 'sending', lease_owner = ?1, lease_until = ?2, attempts = attempts + 1
  WHERE id IN (
    SELECT id FROM deliveries WHERE (${DUE}) AND NOT ${PAUSED}
    ORDER BY id
    LIMIT ?4)`;

/** The lease owner of deliveries handed to a queue: "queue:<token>". */
export const HANDED_TO_QUEUE = "queue:";

/**
 * ?1 lease, ?2 lease until, ?3 now, ?4 the ids (JSON). The deliveries named by
 * a queue's messages: still handed to the queue, or waiting and due (a retry
 * the queue delayed). One sent already, or taken by another consumer, is not.
 */
const LEASE_NAMED = `
  UPDATE deliveries
  SET status = 'sending', lease_owner = ?1, lease_until = ?2,
      attempts = attempts + (status = 'pending')
  WHERE id IN (SELECT value FROM json_each(?4)) AND NOT ${PAUSED}
    AND ((status = 'sending' AND lease_owner LIKE '${HANDED_TO_QUEUE}%' AND lease_until >= ?3)
         OR (${DUE}))`;

/** ?1 now, ?2 slot length, ?3 lease: one slot per delivery leased, after every slot taken before. */
const LEASED_COUNT =
  "(SELECT COUNT(*) FROM deliveries WHERE status = 'sending' AND lease_owner = ?3)";
const TAKE_SLOTS = `
  INSERT INTO meta (key, value) VALUES ('${NEXT_SLOT_KEY}', ?1 + ?2 * ${LEASED_COUNT})
  ON CONFLICT (key) DO UPDATE SET value = MAX(CAST(value AS INTEGER), ?1) + ?2 * ${LEASED_COUNT}
  RETURNING CAST(value AS INTEGER) - ?2 * ${LEASED_COUNT} AS first_slot`;

/** Deliveries (alias d) held by the lease bound as ?. */
const LEASED = "d.status = 'sending' AND d.lease_owner = ?";

const LEASED_DELIVERIES = `
  SELECT d.id, d.chat_id, d.attempts, d.broadcast_id,
         s.chat_type, s.lang, s.region_filter, s.indicator_filter, s.active
  FROM deliveries d
  LEFT JOIN subscriptions s ON s.chat_id = d.chat_id
  WHERE ${LEASED}
  ORDER BY d.id`;

const THEIR_BROADCASTS = `
  SELECT id, kind, release_id, detail, created_by FROM broadcasts
  WHERE id IN (SELECT d.broadcast_id FROM deliveries d WHERE ${LEASED})`;

const THEIR_RELEASES = `
  SELECT ${RELEASE_COLUMNS} FROM releases
  WHERE id IN (SELECT b.release_id FROM broadcasts b
               JOIN deliveries d ON d.broadcast_id = b.id WHERE ${LEASED})`;

const GROUP_SENDS = "SELECT chat_id, sent_at FROM deliveries WHERE sent_at > ? AND chat_id < 0";

const count = (status: string) =>
  `(SELECT COUNT(*) FROM deliveries WHERE broadcast_id = broadcasts.id AND status = '${status}')`;

/** ?1 now, ?2 limit. Finished: nothing waiting or being sent; claimed by setting summary_sent_at. */
const CLAIM_SUMMARIES = `
  UPDATE broadcasts SET summary_sent_at = ?1
  WHERE id IN (
    SELECT b.id FROM broadcasts b
    WHERE ${SUMMARY_OWED}
    ORDER BY b.id
    LIMIT ?2)
  RETURNING id, kind, release_id, detail, created_by, created_at,
            (SELECT title FROM releases WHERE id = broadcasts.release_id) AS title,
            0 AS pending, ${count("sent")} AS sent, ${count("failed")} AS failed,
            ${count("inactive")} AS inactive`;

/** With `ids`, only those deliveries (a queue consumer's); otherwise the oldest due. */
export async function claimDeliveries(
  client: Client,
  request: ClaimRequest,
  ids?: number[],
): Promise<Claim> {
  const { lease } = request;
  const leasing =
    ids === undefined
      ? { sql: LEASE, args: [lease, request.leaseUntil, request.now, request.limit] }
      : { sql: LEASE_NAMED, args: [lease, request.leaseUntil, request.now, JSON.stringify(ids)] };
  // batch() returns exactly one result per statement, in order.
  const [, slots, leased, broadcasts, releases, groupSends, finished] = (await client.batch(
    [
      leasing,
      { sql: TAKE_SLOTS, args: [request.now, request.slotMs, lease] },
      { sql: LEASED_DELIVERIES, args: [lease] },
      { sql: THEIR_BROADCASTS, args: [lease] },
      { sql: THEIR_RELEASES, args: [lease] },
      { sql: GROUP_SENDS, args: [request.groupSendsSince] },
      { sql: CLAIM_SUMMARIES, args: [request.now, request.summaries] },
    ],
    "write",
  )) as [ResultSet, ResultSet, ResultSet, ResultSet, ResultSet, ResultSet, ResultSet];
  const releaseById = new Map(releases.rows.map((row) => [numeric(row, "id"), releaseOf(row)]));
  const broadcastById = new Map(
    broadcasts.rows.map((row) => [numeric(row, "id"), broadcastOf(row, releaseById)]),
  );
  return {
    deliveries: leased.rows.map((row) => deliveryOf(row, broadcastById)),
    groupSends: groupSends.rows.map((row) => ({
      chatId: numeric(row, "chat_id"),
      sentAt: numeric(row, "sent_at"),
    })),
    finished: finished.rows.map((row) => ({
      ...broadcastStateOf(row),
      notify: nullableNumeric(row, "created_by"),
    })),
    // An upsert with RETURNING answers one row.
    firstSlot: Number(slots.rows[0]?.first_slot ?? request.now),
  };
}

function broadcastOf(row: Row, releaseById: Map<number, Release>): BroadcastToSend {
  const release = releaseById.get(numeric(row, "release_id"));
  // A foreign key holds every broadcast to a release, read in the same batch.
  if (release === undefined) throw new Error("a broadcast's release was not read");
  return {
    id: numeric(row, "id"),
    // A CHECK constraint holds kind to the domain's values.
    kind: text(row, "kind") as BroadcastKind,
    release,
    correction: correctionOf(row),
    notify: nullableNumeric(row, "created_by"),
  };
}

function deliveryOf(row: Row, broadcastById: Map<number, BroadcastToSend>): ClaimedDelivery {
  const broadcast = broadcastById.get(numeric(row, "broadcast_id"));
  if (broadcast === undefined) throw new Error("a delivery's broadcast was not read");
  const chatType = nullableText(row, "chat_type");
  return {
    id: numeric(row, "id"),
    chatId: numeric(row, "chat_id"),
    attempts: numeric(row, "attempts"),
    broadcast,
    subscription:
      chatType === null
        ? null
        : {
            // CHECK constraints hold chat_type and lang to the domain's values.
            chatKind: chatType as ChatKind,
            lang: text(row, "lang") as Lang,
            filter: {
              region: nullableText(row, "region_filter"),
              indicator: nullableText(row, "indicator_filter"),
            },
            active: numeric(row, "active") === 1,
          },
  };
}
