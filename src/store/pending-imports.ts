// The PendingImports port over libSQL: parsed imports kept between the update
// that showed them and the button press that confirms them. A day later they
// are gone: an unconfirmed import is dropped when the next one is saved.

import type { Client } from "@libsql/client";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { PendingImport, PendingImports } from "../domain/admin/ports.ts";
import { pendingImports } from "./schema.ts";
import { sent, typed } from "./typed.ts";

const dayAgo = sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')`;
const fresh = gte(pendingImports.createdAt, dayAgo);

export function createPendingImports(client: Client): PendingImports {
  const { db } = typed(client);

  /** The user's pending import with that id, if still fresh. */
  const theirs = (id: number, userId: number) =>
    and(eq(pendingImports.id, id), eq(pendingImports.userId, userId), fresh);

  // Written only by save(), from a PendingImport.
  const parsed = (row: { payload: string } | undefined) =>
    row ? (JSON.parse(row.payload) as PendingImport) : null;

  return {
    async save(userId, pending) {
      const [, saved] = await sent(
        db.batch([
          db.delete(pendingImports).where(lt(pendingImports.createdAt, dayAgo)),
          db
            .insert(pendingImports)
            .values({ userId, payload: JSON.stringify(pending) })
            .returning({ id: pendingImports.id }),
        ]),
      );
      const row = saved[0];
      if (row === undefined) throw new Error("the pending import was not returned");
      return row.id;
    },

    async get(id, userId) {
      return parsed(
        await sent(
          db
            .select({ payload: pendingImports.payload })
            .from(pendingImports)
            .where(theirs(id, userId))
            .get(),
        ),
      );
    },

    async take(id, userId) {
      const [row] = await sent(
        db
          .delete(pendingImports)
          .where(theirs(id, userId))
          .returning({ payload: pendingImports.payload }),
      );
      return parsed(row);
    },
  };
}
