// One database round trip per update: the update's claim rides in the same
// batch as its first read (for a question, the facts), instead of a round trip
// of its own before it. Used by the Worker, where each round trip to Turso is a
// network request and counts against the invocation's subrequests.
//
// The webhook route "claims" through `updates` without a round trip; the claim
// is then taken by whichever comes first:
//   - a statement or a batch: sent as one write batch with the claim first;
//   - an effect outside the database (settle(), called before each Bot API
//     request): the claim alone, then the call.
// A refused claim fails the batch, which rolls back whole: the call rejects
// with UpdateTaken and nothing of it happened, so the webhook answers as for a
// duplicate. An update handled without any of these needs no claim at all.

import type { Client, InStatement, ResultSet, TransactionMode } from "@libsql/client";
import { UpdateTaken } from "../domain/update-taken.ts";
import type { ClaimOutcome, ProcessedUpdates } from "../domain/updates/ports.ts";
import type { StoreProcessedUpdates } from "./processed-updates.ts";

export interface FirstUseClaim {
  /** For the webhook route: claim() names the update and defers the round trip. */
  updates: ProcessedUpdates;
  /** For the repositories: its first call carries the claim. */
  client: Client;
  /** Takes the claim now if it is still pending; call before any effect outside the database. */
  settle(): Promise<void>;
}

type State =
  | { kind: "unnamed" }
  | { kind: "pending"; updateId: number }
  | { kind: "claiming"; done: Promise<void> }
  | { kind: "settled" };

export function claimOnFirstUse(client: Client, store: StoreProcessedUpdates): FirstUseClaim {
  let state: State = { kind: "unnamed" };

  /** Runs the claim, then `more` statements in the same batch; their results. */
  async function claimWith(updateId: number, more: InStatement[]): Promise<ResultSet[]> {
    const { statements, outcome } = store.claimStatements(updateId);
    let resolveDone: () => void = () => {};
    state = { kind: "claiming", done: new Promise((resolve) => (resolveDone = resolve)) };
    try {
      const results = await client.batch([...statements, ...more], "write");
      outcome({ results });
      state = { kind: "settled" };
      return results.slice(statements.length);
    } catch (error) {
      // Not claimed: the whole batch rolled back, and the update is handed back.
      state = { kind: "pending", updateId };
      if (outcome({ error }) === "refused") throw new UpdateTaken(await store.refusalOf(updateId));
      throw error;
    } finally {
      resolveDone();
    }
  }

  async function settle(): Promise<void> {
    while (state.kind === "claiming") await state.done;
    if (state.kind === "pending") await claimWith(state.updateId, []);
  }

  const claiming = new Proxy(client, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property, target);
      if (typeof member !== "function") return member;
      // Bound to the real client: its methods use private fields a proxy does not have.
      const method = member.bind(target) as (...args: unknown[]) => unknown;
      if (property === "batch") {
        return async (statements: InStatement[], mode?: TransactionMode) => {
          while (state.kind === "claiming") await state.done;
          // A refused claim rolls the whole batch back, so writes may ride too.
          if (state.kind === "pending") return claimWith(state.updateId, statements);
          return method(statements, mode);
        };
      }
      if (property === "execute") {
        return async (statement: InStatement) => {
          while (state.kind === "claiming") await state.done;
          if (state.kind === "pending") {
            const [result] = await claimWith(state.updateId, [statement]);
            return result;
          }
          return method(statement);
        };
      }
      if (property === "executeMultiple" || property === "migrate") {
        return async (...args: unknown[]) => {
          await settle();
          return method(...args);
        };
      }
      return method;
    },
  });

  return {
    client: claiming,
    settle,
    updates: {
      async claim(updateId): Promise<ClaimOutcome> {
        state = { kind: "pending", updateId };
        return "claimed";
      },
      async finish(updateId, options) {
        // Never claimed (handled without the database or the Bot API): nothing to record.
        if (state.kind === "pending") return;
        await store.finish(updateId, options);
      },
      async release(updateId) {
        if (state.kind === "pending") return;
        await store.release(updateId);
      },
    },
  };
}
