// The WatchItems port over libSQL: every item seen on a watched source, once
// per story address, and the candidates among them with the import as read.

import type { Client } from "@libsql/client";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { PendingImport } from "../domain/admin/ports.ts";
import type { Candidate, WatchItems } from "../domain/watch/ports.ts";
import { watchItems } from "./schema.ts";
import { isoNow, sent, typed } from "./typed.ts";

const candidateColumns = {
  id: watchItems.id,
  sourceId: watchItems.sourceId,
  url: watchItems.url,
  status: watchItems.status,
  payload: watchItems.payload,
  createdAt: watchItems.createdAt,
};

/** Items that are candidates: those read as an import. */
const isCandidate = isNotNull(watchItems.payload);

export function createWatchItems(client: Client): WatchItems {
  const { db } = typed(client);
  return {
    async seen(urlKeys) {
      if (urlKeys.length === 0) return new Set();
      const rows = await sent(
        db
          .select({ urlKey: watchItems.urlKey })
          .from(watchItems)
          .where(inArray(watchItems.urlKey, urlKeys)),
      );
      return new Set(rows.map((row) => row.urlKey));
    },

    async withContent(contentHash) {
      const row = await sent(
        db
          .select(candidateColumns)
          .from(watchItems)
          .where(and(eq(watchItems.contentHash, contentHash), isCandidate))
          .orderBy(asc(watchItems.id))
          .limit(1)
          .get(),
      );
      return candidateOf(row);
    },

    async record(item) {
      const [row] = await sent(
        db
          .insert(watchItems)
          .values({
            sourceId: item.sourceId,
            urlKey: item.urlKey,
            url: item.url,
            contentHash: item.contentHash,
            status: item.status,
            note: item.note,
            payload: item.pending ? JSON.stringify(item.pending) : null,
          })
          .onConflictDoNothing({ target: watchItems.urlKey })
          .returning({ id: watchItems.id }),
      );
      return row?.id ?? null;
    },

    async get(id) {
      const row = await sent(
        db
          .select(candidateColumns)
          .from(watchItems)
          .where(and(eq(watchItems.id, id), isCandidate))
          .get(),
      );
      return candidateOf(row);
    },

    async settle(id, status) {
      const [row] = await sent(
        db
          .update(watchItems)
          .set({ status, updatedAt: isoNow })
          .where(and(eq(watchItems.id, id), eq(watchItems.status, "new"), isCandidate))
          .returning(candidateColumns),
      );
      return candidateOf(row);
    },

    async reopen(id) {
      await sent(
        db
          .update(watchItems)
          .set({ status: "new" })
          .where(and(eq(watchItems.id, id), eq(watchItems.status, "drafted"))),
      );
    },
  };
}

type CandidateRow = Omit<Candidate, "pending"> & { payload: string | null };

function candidateOf(row: CandidateRow | undefined): Candidate | null {
  if (row === undefined || row.payload === null) return null;
  const { payload, ...rest } = row;
  // Written only by record(), from a PendingImport.
  return { ...rest, pending: JSON.parse(payload) as PendingImport };
}
