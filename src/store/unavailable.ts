// A libSQL client whose failures of the database itself (unreachable, closed,
// locked, read-only, full) reject with the domain's StoreUnavailable, so the
// bot and the webhook can tell "try again later" from a bug without knowing
// libSQL. Errors about the statement (a constraint, bad SQL) pass through
// unchanged: retrying cannot fix them, and callers may test their codes.
//
// Web-safe (no Node imports): the Worker wraps its own client with it.

import type { Client } from "@libsql/client";
import { StoreUnavailable } from "../domain/store-unavailable.ts";
import { wrappingDatabaseCalls } from "./database-calls.ts";

/** LibsqlError codes that say the database could not be used, not that the statement was wrong. */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  "CLIENT_CLOSED",
  "SERVER_ERROR",
  "HRANA_WEBSOCKET_ERROR",
  "HRANA_CLOSED_ERROR",
  "SQLITE_BUSY",
  "SQLITE_LOCKED",
  "SQLITE_IOERR",
  "SQLITE_CANTOPEN",
  "SQLITE_FULL",
  "SQLITE_READONLY",
  "SQLITE_NOMEM",
  "SQLITE_PERM",
  "SQLITE_PROTOCOL",
]);

export function reportingUnavailability(client: Client): Client {
  return wrappingDatabaseCalls(client, async (call) => {
    try {
      return await call();
    } catch (error) {
      throw storeError(error);
    }
  });
}

/**
 * The error a store call should reject with. A LibsqlError (checked by name:
 * the Node and web builds each have the class) carries a code; anything else
 * the client throws is the transport failing (fetch failed, ECONNREFUSED, a
 * file that will not open).
 */
function storeError(error: unknown): unknown {
  if (!(error instanceof Error)) return new StoreUnavailable(error);
  if (error instanceof StoreUnavailable) return error;
  // LibsqlBatchError (a statement of a batch failed) carries the same codes.
  if (error.name !== "LibsqlError" && error.name !== "LibsqlBatchError") {
    return new StoreUnavailable(error);
  }
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === "string" && UNAVAILABLE_CODES.has(code)
    ? new StoreUnavailable(error)
    : error;
}
