// An embedded database file deleted (or its volume unmounted, or replaced)
// while the bot runs: SQLite keeps the open file and goes on writing into the
// deleted inode, so every subscription and correction since would vanish at the
// next start. Each call first checks that the path still names the file that
// was opened (one stat, a few microseconds) and otherwise fails as the store
// being unavailable (unavailable.ts wraps it), which /health and the webhook report.

import { statSync } from "node:fs";
import type { Client } from "@libsql/client";
import { wrappingDatabaseCalls } from "./database-calls.ts";
import { DatabaseFileGone } from "./database-file-gone.ts";

/**
 * A client that refuses every call once `path` no longer names the file it
 * had when the client was made (libSQL opens, and creates, the file at once).
 */
export function guardingFile(client: Client, path: string): Client {
  const opened = identity(path);
  const check = (): void => {
    if (opened === undefined) return;
    const now = identity(path);
    if (now === undefined) {
      throw new DatabaseFileGone(
        `the database file ${path} was deleted (or its volume unmounted) while in use`,
      );
    }
    if (now.dev !== opened.dev || now.ino !== opened.ino) {
      throw new DatabaseFileGone(`the database file ${path} was replaced while in use`);
    }
  };
  return wrappingDatabaseCalls(client, async (call) => {
    check();
    return call();
  });
}

interface FileIdentity {
  dev: number;
  ino: number;
}

function identity(path: string): FileIdentity | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats === undefined ? undefined : { dev: stats.dev, ino: stats.ino };
}
