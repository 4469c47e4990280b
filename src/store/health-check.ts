// The server's HealthCheck over libSQL: can this deployment answer AND record?
// One cheap read says which release the bot currently answers from; a write
// that changes nothing (DELETE … WHERE 0 still takes a write transaction)
// proves the store accepts writes, since every update's claim is one: a
// read-only file, `PRAGMA query_only` or a read-only token fails it. (A full
// disk shows only when pages are written, so this probe cannot see it.)

import type { Client } from "@libsql/client";
import { desc, eq, sql } from "drizzle-orm";
import type { HealthCheck } from "../domain/updates/ports.ts";
import { DatabaseFileGone } from "./database-file-gone.ts";
import { processedUpdates, releases } from "./schema.ts";
import { sent, typed } from "./typed.ts";

export function createHealthCheck(client: Client): HealthCheck {
  const { db } = typed(client);
  // Same order as the facts query's releases: the newest published one is current.
  const currentRelease = db
    .select({ asOf: releases.asOf })
    .from(releases)
    .where(eq(releases.status, "published"))
    .orderBy(desc(releases.asOf), desc(releases.id))
    .limit(1)
    .prepare();
  /** Takes a write transaction and writes nothing. */
  const writeProbe = db.delete(processedUpdates).where(sql`0`).prepare();

  return async () => {
    let releaseAsOf: string | null;
    try {
      const row = await sent(currentRelease.get());
      releaseAsOf = row?.asOf ?? null;
    } catch (error) {
      return { unhealthy: reason("the database cannot be read", error), error };
    }
    try {
      await sent(writeProbe.run());
    } catch (error) {
      return { unhealthy: reason("the database refuses writes", error), error };
    }
    return { releaseAsOf };
  };
}

/**
 * What /health may tell anyone who asks: what failed and libSQL's code, never
 * the error's message (it may hold a path or a host); the log gets the error.
 */
function reason(failed: string, error: unknown): string {
  const chain = causeChain(error);
  if (chain.some((e) => e instanceof DatabaseFileGone)) {
    return "the database file was deleted or replaced while in use: restore it, then restart";
  }
  const code = chain
    .map((e) => (e as Error & { code?: unknown }).code)
    .find((c): c is string => typeof c === "string");
  return code === undefined ? failed : `${failed} (${code})`;
}

function causeChain(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let e = error; e instanceof Error && !chain.includes(e); e = e.cause) chain.push(e);
  return chain;
}
