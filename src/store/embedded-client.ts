// The Client the repositories use, for an embedded database (a file or
// :memory:), over the `libsql` binding that @libsql/client itself runs on.
// @libsql/client prepares every statement again on every call, and for a read
// it also throws and catches an exception to learn that a statement writes;
// under load, preparing alone was 11–18% of the server's CPU. This client
// keeps each statement prepared, with what it learned about it, and otherwise
// behaves as @libsql/client's embedded client with one connection: the same
// rows, values, errors (LibsqlError and LibsqlBatchError with SQLite's codes)
// and atomic batches. Remote databases (Turso, the Worker) stay on @libsql/client.
//
// Every statement runs synchronously on this thread, so nothing interleaves
// with a batch: one connection is all an embedded database can use.

import {
  type Client,
  type InArgs,
  type InStatement,
  LibsqlBatchError,
  LibsqlError,
  type ResultSet,
  type Row,
  type Transaction,
  type TransactionMode,
  type Value,
} from "@libsql/client";
import Database from "libsql";
import { type RowMaker, rowMaker, valueFromSql, valueToSql } from "./embedded-rows.ts";

type Connection = InstanceType<typeof Database>;

/** A prepared statement and what is known about it, kept for the next call. */
interface Prepared {
  statement: ReturnType<Connection["prepare"]>;
  /** Returns rows (a SELECT, a RETURNING): read with all(), else with run(). */
  reader: boolean;
  columns: string[];
  columnTypes: string[];
  makeRow: RowMaker;
  /** CREATE, ALTER or DROP: the cache is cleared after it, as column lists may change. */
  changesSchema: boolean;
}

/** Far more than the project's distinct statements; a bound on odd callers. */
const STATEMENT_CACHE_SIZE = 500;

const SCHEMA_CHANGE = /^\s*(CREATE|ALTER|DROP)\b/i;

/**
 * A "read" batch takes a snapshot too (a CLI import may commit between two
 * statements otherwise). BEGIN DEFERRED takes no lock until the first read
 * and, prepared once, costs microseconds; libSQL's BEGIN TRANSACTION READONLY
 * does not refuse writes on an embedded file anyway.
 */
const BEGIN: Record<TransactionMode, string> = {
  write: "BEGIN IMMEDIATE",
  read: "BEGIN DEFERRED",
  deferred: "BEGIN DEFERRED",
};

export class EmbeddedClient implements Client {
  readonly protocol = "file";
  closed = false;
  readonly #path: string;
  #db: Connection;
  readonly #cache = new Map<string, Prepared>();
  /** Set while an interactive transaction holds the one connection. */
  #transaction: EmbeddedTransaction | undefined;

  /** `path`: a file path, or ":memory:". Opens at once, so a file that cannot be opened fails here. */
  constructor(path: string) {
    this.#path = path;
    this.#db = open(path);
  }

  async execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const db = this.#available();
    const stmt = typeof stmtOrSql === "string" ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql;
    try {
      return this.run(db, stmt);
    } finally {
      // As @libsql/client does: a BEGIN sent alone is not left open for the next caller.
      rollBackLeftOpen(db);
    }
  }

  /**
   * The first value of the first row a read without arguments returns
   * (undefined when none), straight from its kept statement: no result set,
   * no row objects, one call into SQLite. For the one value a cached question
   * reads on every question, the data version (data-version.ts). Synchronous,
   * as every statement here is.
   */
  firstValue(sql: string): Value | undefined {
    const db = this.#available();
    try {
      const prepared = this.#prepared(db, sql);
      if (!prepared.reader) throw new TypeError(`firstValue() reads, and this does not: ${sql}`);
      // get() steps once and resets the statement: no read snapshot is left open.
      const row = prepared.statement.get([]) as unknown[] | undefined;
      return row === undefined ? undefined : valueFromSql(row[0]);
    } catch (error) {
      throw libsqlError(error);
    }
  }

  async batch(
    stmts: Array<InStatement | [string, InArgs?]>,
    mode: TransactionMode = "deferred",
  ): Promise<ResultSet[]> {
    const db = this.#available();
    const statements = stmts.map(normalized);
    // One statement is atomic on its own: no transaction to open and commit.
    if (statements.length === 1) return this.#inBatch(db, statements);
    this.run(db, BEGIN[mode]);
    try {
      const results = this.#inBatch(db, statements);
      this.run(db, "COMMIT");
      return results;
    } finally {
      rollBackLeftOpen(db);
    }
  }

  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    const db = this.#available();
    this.run(db, "PRAGMA foreign_keys=off");
    try {
      this.run(db, "BEGIN DEFERRED");
      const results = this.#inBatch(db, stmts);
      this.run(db, "COMMIT");
      return results;
    } finally {
      rollBackLeftOpen(db);
      this.run(db, "PRAGMA foreign_keys=on");
      this.#cache.clear();
    }
  }

  async transaction(mode: TransactionMode = "write"): Promise<Transaction> {
    const db = this.#available();
    this.run(db, BEGIN[mode]);
    this.#transaction = new EmbeddedTransaction(this, db, () => {
      this.#transaction = undefined;
    });
    return this.#transaction;
  }

  async executeMultiple(sql: string): Promise<void> {
    const db = this.#available();
    try {
      db.exec(sql);
    } catch (error) {
      throw libsqlError(error);
    } finally {
      // The script may have left a transaction open; the next caller must not inherit it.
      rollBackLeftOpen(db);
      this.#cache.clear();
    }
  }

  async sync(): Promise<never> {
    throw new LibsqlError("An embedded database has no replica to sync", "SYNC_NOT_SUPPORTED");
  }

  close(): void {
    this.closed = true;
    this.#transaction = undefined;
    this.#cache.clear();
    if (this.#db.open) this.#db.close();
  }

  reconnect(): void {
    this.close();
    this.#db = open(this.#path);
    this.closed = false;
  }

  /** Runs one statement on `db`, prepared once and kept. For the transaction too. */
  run(db: Connection, stmt: InStatement): ResultSet {
    const { sql, args } = typeof stmt === "string" ? { sql: stmt, args: undefined } : stmt;
    try {
      const prepared = this.#prepared(db, sql);
      const bound = boundArgs(args);
      const result = prepared.reader
        ? new EmbeddedResultSet(
            prepared.columns,
            prepared.columnTypes,
            (prepared.statement.all(bound) as unknown[][]).map(prepared.makeRow),
            0,
            undefined,
          )
        : ranResult(prepared.statement.run(bound));
      if (prepared.changesSchema) this.#cache.clear();
      return result;
    } catch (error) {
      throw libsqlError(error);
    }
  }

  #inBatch(db: Connection, statements: readonly InStatement[]): ResultSet[] {
    const results: ResultSet[] = [];
    for (const [index, statement] of statements.entries()) {
      try {
        results.push(this.run(db, statement));
      } catch (error) {
        throw batchError(error, index);
      }
    }
    return results;
  }

  #prepared(db: Connection, sql: string): Prepared {
    const cached = this.#cache.get(sql);
    if (cached !== undefined) {
      // Map order is insertion order: re-inserted, the most recent is last.
      this.#cache.delete(sql);
      this.#cache.set(sql, cached);
      return cached;
    }
    const statement = db.prepare(sql);
    const reader = statement.reader;
    statement.safeIntegers(true);
    if (reader) statement.raw(true);
    const described = reader ? statement.columns() : [];
    const columns = described.map((column) => column.name);
    const prepared: Prepared = {
      statement,
      reader,
      columns,
      columnTypes: described.map((column) => column.type ?? ""),
      makeRow: rowMaker(columns),
      changesSchema: SCHEMA_CHANGE.test(sql),
    };
    this.#cache.set(sql, prepared);
    if (this.#cache.size > STATEMENT_CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    return prepared;
  }

  /** The connection, when neither the client is closed nor a transaction holds it. */
  #available(): Connection {
    if (this.closed) throw new LibsqlError("The client is closed", "CLIENT_CLOSED");
    if (this.#transaction !== undefined) {
      throw new LibsqlError(
        "This client has a single connection, which an open transaction is holding. " +
          "Commit or roll back the transaction before using the client again.",
        "TRANSACTION_ACTIVE",
      );
    }
    return this.#db;
  }
}

/** An interactive transaction: it holds the client's one connection until it ends. */
class EmbeddedTransaction implements Transaction {
  #db: Connection | undefined;

  constructor(
    private readonly client: EmbeddedClient,
    db: Connection,
    private readonly release: () => void,
  ) {
    this.#db = db;
  }

  get closed(): boolean {
    return this.#db === undefined || !this.#db.open || !this.#db.inTransaction;
  }

  async execute(stmt: InStatement): Promise<ResultSet> {
    return this.client.run(this.#open(), stmt);
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const db = this.#open();
    return stmts.map((stmt, index) => {
      try {
        return this.client.run(db, stmt);
      } catch (error) {
        throw batchError(error, index);
      }
    });
  }

  async executeMultiple(sql: string): Promise<void> {
    try {
      this.#open().exec(sql);
    } catch (error) {
      throw libsqlError(error);
    }
  }

  async commit(): Promise<void> {
    try {
      this.client.run(this.#open(), "COMMIT");
    } finally {
      this.close();
    }
  }

  async rollback(): Promise<void> {
    this.close();
  }

  close(): void {
    const db = this.#db;
    if (db === undefined) return;
    this.#db = undefined;
    try {
      if (db.open && db.inTransaction) db.exec("ROLLBACK");
    } finally {
      this.release();
    }
  }

  #open(): Connection {
    if (this.closed || this.#db === undefined) {
      throw new LibsqlError("The transaction is closed", "TRANSACTION_CLOSED");
    }
    return this.#db;
  }
}

class EmbeddedResultSet implements ResultSet {
  constructor(
    readonly columns: string[],
    readonly columnTypes: string[],
    readonly rows: Row[],
    readonly rowsAffected: number,
    readonly lastInsertRowid: bigint | undefined,
  ) {}

  toJSON() {
    return {
      columns: this.columns,
      columnTypes: this.columnTypes,
      rows: this.rows.map((row) => Array.prototype.slice.call(row)),
      rowsAffected: this.rowsAffected,
      lastInsertRowid: this.lastInsertRowid?.toString() ?? null,
    };
  }
}

const NO_COLUMNS: string[] = [];

function ranResult(info: { changes: number; lastInsertRowid: number | bigint }): ResultSet {
  return new EmbeddedResultSet(
    NO_COLUMNS,
    NO_COLUMNS,
    [],
    info.changes,
    BigInt(info.lastInsertRowid),
  );
}

/** Ends a transaction a failed batch (or a lone BEGIN) left open; quietly, as the cause is reported already. */
function rollBackLeftOpen(db: Connection): void {
  if (!db.open || !db.inTransaction) return;
  try {
    db.exec("ROLLBACK");
  } catch {
    // SQLite may have rolled back on its own (a full disk); nothing is left open either way.
  }
}

function open(path: string): Connection {
  try {
    const db = new Database(path);
    // As @libsql/client does: a file that is not a database fails now, not at the first query.
    db.prepare("SELECT 1").get();
    return db;
  } catch (error) {
    throw libsqlError(error);
  }
}

function normalized(stmt: InStatement | [string, InArgs?]): InStatement {
  return Array.isArray(stmt) ? { sql: stmt[0], args: stmt[1] ?? [] } : stmt;
}

/** Positional args as an array; named ones (":name", "@name", "$name") keyed without their sigil. */
function boundArgs(args: InArgs | undefined): unknown[] | Record<string, unknown> {
  if (args === undefined) return [];
  if (Array.isArray(args)) return args.map(valueToSql);
  const named: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    const bare = name[0] === "@" || name[0] === "$" || name[0] === ":" ? name.slice(1) : name;
    named[bare] = valueToSql(value);
  }
  return named;
}

const SQLITE_CODES: Record<number, string> = {
  1: "SQLITE_ERROR",
  2: "SQLITE_INTERNAL",
  3: "SQLITE_PERM",
  4: "SQLITE_ABORT",
  5: "SQLITE_BUSY",
  6: "SQLITE_LOCKED",
  7: "SQLITE_NOMEM",
  8: "SQLITE_READONLY",
  9: "SQLITE_INTERRUPT",
  10: "SQLITE_IOERR",
  11: "SQLITE_CORRUPT",
  12: "SQLITE_NOTFOUND",
  13: "SQLITE_FULL",
  14: "SQLITE_CANTOPEN",
  15: "SQLITE_PROTOCOL",
  16: "SQLITE_EMPTY",
  17: "SQLITE_SCHEMA",
  18: "SQLITE_TOOBIG",
  19: "SQLITE_CONSTRAINT",
  20: "SQLITE_MISMATCH",
  21: "SQLITE_MISUSE",
  22: "SQLITE_NOLFS",
  23: "SQLITE_AUTH",
  24: "SQLITE_FORMAT",
  25: "SQLITE_RANGE",
  26: "SQLITE_NOTADB",
  27: "SQLITE_NOTICE",
  28: "SQLITE_WARNING",
};

/** The binding's SqliteError as @libsql/client reports it: code = the base code, extendedCode its own. */
function libsqlError(error: unknown): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const raw = error.rawCode;
  // Extended codes are base | (extension << 8).
  const code =
    raw === undefined
      ? "SQLITE_UNKNOWN"
      : (SQLITE_CODES[raw & 0xff] ?? `SQLITE_UNKNOWN_${raw & 0xff}`);
  return new LibsqlError(error.message, code, error.code, raw, error);
}

function batchError(error: unknown, index: number): unknown {
  if (error instanceof LibsqlBatchError || !(error instanceof LibsqlError)) return error;
  // The message without the code LibsqlError puts in front: the batch error adds it again.
  const message = error.cause instanceof Error ? error.cause.message : error.message;
  return new LibsqlBatchError(
    message,
    index,
    error.code,
    error.extendedCode,
    error.rawCode,
    error.cause instanceof Error ? error.cause : undefined,
  );
}
