// Small writes that arrive together share one write transaction (group
// commit). Under load many webhook updates are in flight at once, and each
// claims its update, records finishes and counts unanswered questions: on an
// embedded file the write transaction around each (BEGIN IMMEDIATE, the WAL
// append of COMMIT) cost several times the statements in it. Writes queued
// within one turn of the event loop run as one batch at its end, each caller
// still getting its own statements' results, and only once they are committed.
//
// If the group fails on a statement (SQLite rolled the whole batch back), each
// write is run again alone, so a write fails only for its own reason and the
// others are unaffected. Any other failure (the store unreachable, its file
// gone) is every write's failure, as it would have been alone; nothing is run
// twice, since a lost connection may have committed.

import { type Client, type InStatement, LibsqlBatchError, type ResultSet } from "@libsql/client";

export interface GroupCommit {
  /** Runs `statements` in the next group's transaction, all or none; their results once committed. */
  write(statements: InStatement[]): Promise<ResultSet[]>;
}

interface Queued {
  statements: InStatement[];
  resolve(results: ResultSet[]): void;
  reject(error: unknown): void;
}

const groups = new WeakMap<Client, GroupCommit>();

/** The group commit of `client`: one per client, so every repository over it shares its groups. */
export function groupCommit(client: Client): GroupCommit {
  let found = groups.get(client);
  if (found === undefined) {
    found = createGroupCommit(client);
    groups.set(client, found);
  }
  return found;
}

/**
 * After the current turn's I/O callbacks, so that requests read in the same
 * turn join; Workers (no setImmediate without nodejs_compat) take a timer.
 */
const atEndOfTurn: (run: () => void) => void =
  typeof setImmediate === "function" ? (run) => setImmediate(run) : (run) => setTimeout(run, 0);

function createGroupCommit(client: Client): GroupCommit {
  let queue: Queued[] = [];

  async function flush(): Promise<void> {
    const group = queue;
    queue = [];
    if (group.length === 1) {
      const [only] = group as [Queued];
      await run(only);
      return;
    }
    let results: ResultSet[];
    try {
      results = await client.batch(
        group.flatMap((write) => write.statements),
        "write",
      );
    } catch (error) {
      if (!(error instanceof LibsqlBatchError)) {
        for (const write of group) write.reject(error);
        return;
      }
      // One statement failed and nothing was written: each alone, in order.
      for (const write of group) await run(write);
      return;
    }
    let offset = 0;
    for (const write of group) {
      write.resolve(results.slice(offset, offset + write.statements.length));
      offset += write.statements.length;
    }
  }

  async function run(write: Queued): Promise<void> {
    try {
      const [only, ...more] = write.statements;
      // One statement is atomic on its own: sent as it is, a remote store's
      // batch would wrap it in BEGIN and COMMIT.
      write.resolve(
        only !== undefined && more.length === 0
          ? [await client.execute(only)]
          : await client.batch(write.statements, "write"),
      );
    } catch (error) {
      write.reject(error);
    }
  }

  return {
    write(statements) {
      return new Promise((resolve, reject) => {
        if (queue.length === 0) atEndOfTurn(() => void flush());
        queue.push({ statements, resolve, reject });
      });
    },
  };
}
