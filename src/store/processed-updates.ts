// The ProcessedUpdates port over libSQL: one row per update_id taken on.
//
// A claim is one statement in the common case: the insert either creates the
// row or takes over a claim left unfinished past the processing deadline (its
// process died), and SQLite serialises writers, so of two concurrent claims
// exactly one sees a changed row. Only when the claim is refused does a second
// read tell "handled" from "still being handled". Finishes are recorded lazily,
// with the next claim, in that same statement: after a 2xx answer Telegram
// does not redeliver, so a finish lost with its process costs nothing but a
// claim that expires. One statement needs no BEGIN and COMMIT around it, which
// cost a lone update (one at a time) as much as its statements did.
//
// Claims arriving within one turn of the event loop share one write
// transaction (group-commit.ts): under load, the transaction, not the
// statement, was what a claim cost. Each claim is still its own statement with
// its own outcome, resolved only once the group is committed, so exactly one
// of two claims of an update succeeds whether they share a group or not.

import type { Client, InStatement, ResultSet } from "@libsql/client";
import type { ClaimOutcome, ProcessedUpdates } from "../domain/updates/ports.ts";
import { groupCommit } from "./group-commit.ts";

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/**
 * How long a claim holds before a redelivery may take it over: longer than any
 * handling runs (the webhook's deadline, then a Worker's waitUntil time), short
 * enough that Telegram's retries of a crashed update are processed within minutes.
 */
export const PROCESSING_DEADLINE_SECONDS = 120;

const STALE = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-${PROCESSING_DEADLINE_SECONDS} seconds')`;

/** A claim on its own: creates the row, or takes over one left unfinished past the deadline. */
const CLAIM = `
  INSERT INTO processed_updates (update_id) VALUES (?1)
  ON CONFLICT (update_id) DO UPDATE SET received_at = ${NOW}
  WHERE done_at IS NULL AND received_at < ${STALE}`;

/**
 * The finish of update ?2, then the claim of ?1, as one statement. The finish
 * row always counts as one row written: it marks its update done (a row
 * already done keeps its time; one gone, pruned, is written back done, never
 * as a claim), so the statement writes two rows exactly when the claim holds.
 * The finish goes in first: a redelivery of the update it finishes finds it
 * done, however old its claim.
 */
const FINISH_AND_CLAIM = `
  INSERT INTO processed_updates (update_id, done_at) VALUES (?2, ${NOW}), (?1, NULL)
  ON CONFLICT (update_id) DO UPDATE SET
    done_at = COALESCE(done_at, excluded.done_at),
    received_at = CASE WHEN excluded.done_at IS NULL THEN ${NOW} ELSE received_at END
  WHERE excluded.done_at IS NOT NULL OR (done_at IS NULL AND received_at < ${STALE})`;

/**
 * A claim inside another batch: the stale claim is dropped, then a plain insert
 * fails (a PRIMARY KEY constraint) when the update is taken, which rolls the
 * whole batch back, so nothing the batch writes happens for a duplicate.
 */
const DROP_STALE = `
  DELETE FROM processed_updates
  WHERE update_id = ? AND done_at IS NULL AND received_at < ${STALE}`;
const CLAIM_OR_FAIL = "INSERT INTO processed_updates (update_id) VALUES (?)";

const STATE = "SELECT done_at IS NOT NULL AS done FROM processed_updates WHERE update_id = ?";

/** One statement per update: a primary-key probe, cheaper than unpacking a JSON list. */
const FINISH = `
  UPDATE processed_updates SET done_at = ${NOW} WHERE update_id = ? AND done_at IS NULL`;

function finishStatements(ids: number[]): InStatement[] {
  return ids.map((id) => ({ sql: FINISH, args: [id] }));
}

const RELEASE = "DELETE FROM processed_updates WHERE update_id = ? AND done_at IS NULL";

// Telegram gives up redelivering after a day; two days leaves a margin.
const PRUNE = `
  DELETE FROM processed_updates
  WHERE received_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-2 days')`;

/**
 * Update ids are sequential, so pruning rides along with one claim in this many:
 * the table stays small without a cron or an extra round trip per update.
 */
const PRUNE_EVERY = 100;

/**
 * The prune reads the whole table (received_at has no index, which would cost
 * every claim), so a long-running process prunes at most once in this long:
 * under load, one claim in a hundred came every few milliseconds, each prune
 * costing more as the two days' rows grew. A Worker's store lives for one
 * request, so there every hundredth claim prunes, as before.
 */
const PRUNE_INTERVAL_MS = 60_000;

/** The statements of a claim, to run ahead of other statements in one batch. */
export interface ClaimStatements {
  statements: InStatement[];
  /**
   * After the batch ran (results) or failed (error): claimed, or refused
   * because the update is taken; undefined when the error is not about the claim.
   */
  outcome(ran: { results: ResultSet[] } | { error: unknown }): "claimed" | "refused" | undefined;
}

export interface StoreProcessedUpdates extends ProcessedUpdates {
  /** A claim to fold into another batch (claim-on-first-use.ts); finishes waiting are taken along. */
  claimStatements(updateId: number): ClaimStatements;
  /** After a refused claim: whether it was handled or is still being handled. */
  refusalOf(updateId: number): Promise<Exclude<ClaimOutcome, "claimed">>;
}

/**
 * `finished` holds the updates handled but not yet recorded as done; a Worker,
 * which builds its store per request, passes one kept for the isolate's life.
 */
export function createProcessedUpdates(
  client: Client,
  finished: Set<number> = new Set(),
): StoreProcessedUpdates {
  const grouped = groupCommit(client);
  let prunedAt = Number.NEGATIVE_INFINITY;

  function pruning(updateId: number): InStatement[] {
    if (updateId % PRUNE_EVERY !== 0 || performance.now() - prunedAt < PRUNE_INTERVAL_MS) return [];
    prunedAt = performance.now();
    return [PRUNE];
  }
  /**
   * Finishes waiting to be recorded, to run ahead of a claim. Taken from
   * `finished`, so that claims in flight at the same time do not each carry
   * them; handed back if the write fails, for the next claim.
   */
  function finishing(): { ids: number[]; failed(): void } {
    if (finished.size === 0) return { ids: [], failed: () => {} };
    const ids = [...finished];
    finished.clear();
    return {
      ids,
      failed: () => {
        for (const id of ids) finished.add(id);
      },
    };
  }

  function claimStatements(updateId: number): ClaimStatements {
    const finishes = finishing();
    const statements = [...finishStatements(finishes.ids), ...pruning(updateId)];
    statements.push({ sql: DROP_STALE, args: [updateId] });
    const claimAt = statements.length;
    statements.push({ sql: CLAIM_OR_FAIL, args: [updateId] });
    return {
      statements,
      outcome(ran) {
        if ("results" in ran) return "claimed";
        finishes.failed();
        const { error } = ran;
        const code = (error as { code?: unknown }).code;
        const index = (error as { statementIndex?: unknown }).statementIndex;
        const taken =
          index === claimAt && typeof code === "string" && code.startsWith("SQLITE_CONSTRAINT");
        return taken ? "refused" : undefined;
      },
    };
  }

  async function refusalOf(updateId: number): Promise<"done" | "busy"> {
    // A refused folded claim rolled back the finishes it carried (maybe this
    // very update's): they are recorded here first.
    const finishes = finishing();
    const state = { sql: STATE, args: [updateId] };
    let results: ResultSet[];
    try {
      results =
        finishes.ids.length === 0
          ? [await client.execute(state)]
          : await client.batch([...finishStatements(finishes.ids), state], "write");
    } catch (error) {
      finishes.failed();
      throw error;
    }
    const rows = results.at(-1)?.rows ?? [];
    // Gone since the claim (released after a failure): busy, so Telegram retries.
    return rows[0]?.done === 1 ? "done" : "busy";
  }

  return {
    claimStatements,
    refusalOf,
    async claim(updateId) {
      const finishes = finishing();
      // One update at a time, one finish waits: it rides in the claim's own
      // statement. More (under load) go as statements ahead of it.
      const carried = finishes.ids.at(-1);
      const claim =
        carried === undefined
          ? { sql: CLAIM, args: [updateId] }
          : { sql: FINISH_AND_CLAIM, args: [updateId, carried] };
      let results: ResultSet[];
      try {
        results = await grouped.write([
          ...finishStatements(finishes.ids.slice(0, -1)),
          ...pruning(updateId),
          claim,
        ]);
      } catch (error) {
        finishes.failed();
        throw error;
      }
      const written = results.at(-1)?.rowsAffected;
      return written === (carried === undefined ? 1 : 2) ? "claimed" : refusalOf(updateId);
    },
    async finish(updateId, options = {}) {
      if (!options.now) {
        finished.add(updateId);
        return;
      }
      await client.execute({ sql: FINISH, args: [updateId] });
    },
    async release(updateId) {
      finished.delete(updateId);
      await client.execute({ sql: RELEASE, args: [updateId] });
    },
  };
}
