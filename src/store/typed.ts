// drizzle's query builder over a repository's libSQL client: queries name the
// columns of schema.ts, so renaming one fails the typecheck, and rows come
// back typed. Two details keep the store's behaviour as it was with SQL
// strings: a batch keeps its transaction mode ("write" takes the write lock
// before the first statement; "read" may be answered by a replica), and a
// failure rejects with the client's own error (StoreUnavailable, a constraint
// failure), not drizzle's wrapper, whose message quotes the statement's arguments.

import type { Client, InStatement, InValue, TransactionMode } from "@libsql/client";
import { type Column, fillPlaceholders, type Query, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { DrizzleQueryError } from "drizzle-orm/errors";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
// The web entry: it wraps the client given and imports no native driver, so a
// Worker bundle can hold the store too.
import { drizzle } from "drizzle-orm/libsql/web";

export type TypedDatabase = LibSQLDatabase;

/** A statement another repository adds to a write batch (a publication's broadcast). */
export type StoreStatement = BatchItem<"sqlite">;

export interface Typed {
  /** Single queries, and batches that write: one atomic write transaction. */
  db: TypedDatabase;
  /** Batches of reads: one read-only transaction, a consistent snapshot. */
  reader: TypedDatabase;
}

const typedByClient = new WeakMap<Client, Typed>();

/** The typed view of a client, made once per client. */
export function typed(client: Client): Typed {
  let found = typedByClient.get(client);
  if (found === undefined) {
    found = {
      db: drizzle({ client: batchingAs(client, "write") }),
      reader: drizzle({ client: batchingAs(client, "read") }),
    };
    typedByClient.set(client, found);
  }
  return found;
}

/**
 * drizzle calls client.batch(statements) without a mode; this supplies the one
 * wanted. Each method's forwarder is made once: every query goes through here.
 */
function batchingAs(client: Client, mode: TransactionMode): Client {
  const bound = new Map<string | symbol, unknown>([
    [
      "batch",
      (statements: InStatement[], given?: TransactionMode) =>
        client.batch(statements, given ?? mode),
    ],
  ]);
  return new Proxy(client, {
    get(target, property) {
      const known = bound.get(property);
      if (known !== undefined) return known;
      const member: unknown = Reflect.get(target, property, target);
      if (typeof member !== "function") return member;
      // Looked up at each call, on the client itself (its methods use private
      // fields): a method replaced later (a test's spy) is the one called.
      const method = (...args: unknown[]) =>
        (Reflect.get(target, property, target) as (...a: unknown[]) => unknown).apply(target, args);
      bound.set(property, method);
      return method;
    },
  });
}

/** Awaits a query or batch, rejecting with the client's error rather than drizzle's wrapper. */
export async function sent<T>(query: PromiseLike<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    throw error instanceof DrizzleQueryError && error.cause !== undefined ? error.cause : error;
  }
}

/**
 * A built query as a plain statement, for a batch still written with SQL
 * strings (the broadcast outbox) that must include it.
 */
export function statementOf(query: { toSQL(): Query }): InStatement {
  const { sql: text, params } = query.toSQL();
  // drizzle binds only the values the schema's columns take: strings, numbers, null.
  return { sql: text, args: params as InValue[] };
}

/**
 * A built query with placeholders (sql.placeholder("name")) as a maker of
 * plain statements: built once, bound per call, for a hot write that joins
 * others in one batch (group-commit.ts).
 */
export function statementMaker<Name extends string>(query: {
  toSQL(): Query;
}): (values: Record<Name, InValue>) => InStatement {
  const { sql: text, params } = query.toSQL();
  return (values) => ({ sql: text, args: fillPlaceholders(params, values) as InValue[] });
}

/** The value an upsert tried to insert into the column (SQLite's `excluded.column`). */
export function excluded(column: Column): SQL {
  return sql`excluded.${sql.identifier(column.name)}`;
}

/** ISO 8601 UTC now, the format every *_at text column holds (as schema.ts's defaults). */
export const isoNow: SQL = sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** A source of exactly one row, for a select of values that come from no table. */
export const oneRow: SQL = sql`(SELECT 1)`;
