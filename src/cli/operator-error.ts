// What the operator reads when a command fails: the problem and what to do,
// never a raw SQLite or libSQL message. Errors the commands raise themselves
// (bad arguments, refusals) already say that and pass through.

import { isStoreUnavailable } from "../domain/store-unavailable.ts";

const TO_CHECK = "check DATABASE_URL (and DATABASE_AUTH_TOKEN for Turso)";

/** libSQL error codes and what they mean for whoever runs the command. */
const DATABASE_PROBLEMS: Record<string, string> = {
  SQLITE_CANTOPEN: `the database file cannot be opened: ${TO_CHECK} and that the file may be read and written`,
  SQLITE_PERM: "the database file may not be written: check its permissions",
  SQLITE_READONLY:
    "the database is read-only: check the file's permissions or the Turso token's rights",
  SQLITE_BUSY: "the database is busy with another process's write: try again in a moment",
  SQLITE_LOCKED: "the database is busy with another process's write: try again in a moment",
  SQLITE_FULL: "the disk holding the database is full: free some space, then try again",
  SQLITE_IOERR: "the database file could not be read or written (disk error): check the disk",
  SQLITE_NOMEM: "out of memory while using the database",
  SQLITE_CORRUPT: "the database file is damaged: restore it from a backup",
  SQLITE_NOTADB: `DATABASE_URL points to a file that is not a database: ${TO_CHECK}`,
  SQLITE_ERROR:
    "the database does not have the expected tables: run `npm run db:migrate` (this version may be older than the database)",
};

export function operatorMessage(error: unknown): string {
  const code = libsqlCode(error);
  if (code !== undefined) {
    const known = Object.entries(DATABASE_PROBLEMS).find(([prefix]) => code.startsWith(prefix));
    if (known) return `database: ${known[1]}`;
    return `database: the command failed (${code}): ${TO_CHECK}`;
  }
  // Not a libSQL error but the store failing: the server or file could not be reached.
  if (isStoreUnavailable(error)) return `database: cannot reach the database: ${TO_CHECK}`;
  return error instanceof Error ? error.message : String(error);
}

/** The code of the LibsqlError in an error's cause chain (checked by name: two builds have the class). */
function libsqlCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let e = error; e instanceof Error && !seen.has(e); e = e.cause) {
    seen.add(e);
    const code = (e as Error & { code?: unknown }).code;
    if (e.name === "LibsqlError" && typeof code === "string") return code;
  }
  return undefined;
}
