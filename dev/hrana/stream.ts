// One Hrana stream: a SQLite connection and the SQL texts stored on it, running
// the stream requests of a pipeline (execute, batch with conditions, sequence,
// store_sql/close_sql, get_autocommit, close). Everything here is synchronous:
// the `libsql` binding runs each statement on the calling thread, so a whole
// pipeline runs without another request interleaving.

import Database from "libsql";
import { type HranaValue, ProtocolError, type SqlValue, toHrana, toSql } from "./values.ts";

type Connection = InstanceType<typeof Database>;
type Statement = ReturnType<Connection["prepare"]>;

export interface HranaError {
  message: string;
  code: string | null;
}

export interface StmtResult {
  cols: { name: string | null; decltype: string | null }[];
  rows: HranaValue[][];
  affected_row_count: number;
  last_insert_rowid: string | null;
}

export interface BatchResult {
  step_results: (StmtResult | null)[];
  step_errors: (HranaError | null)[];
}

export type StreamResult = { type: "ok"; response: object } | { type: "error"; error: HranaError };

const READ_ONLY_BEGIN = /^\s*BEGIN\s+(TRANSACTION\s+)?READONLY\b/i;

/** Prepared statements kept per connection: preparing is the costly part of a small query. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * A connection with its statement cache. Shared by the streams that use it one
 * after another (see ConnectionPool), so it outlives any one stream.
 */
export class PooledConnection {
  readonly db: Connection;
  readonly #statements = new Map<string, Statement>();
  #readOnly = false;

  constructor(path: string) {
    this.db = new Database(path);
    // As the bot's own connection to this file has it (src/store/db.ts): a
    // write-ahead log, synced at checkpoints rather than at every commit. With
    // SQLite's default (FULL), every claim's COMMIT waited for an fsync, several
    // milliseconds that a Worker's update spent waiting on this dev stand-in.
    this.db.exec("PRAGMA journal_mode = WAL");
    this.db.exec("PRAGMA synchronous = NORMAL");
  }

  prepare(sql: string): Statement {
    const cached = this.#statements.get(sql);
    if (cached !== undefined) {
      // Map order is insertion order: re-inserting keeps the most recent last.
      this.#statements.delete(sql);
      this.#statements.set(sql, cached);
      return cached;
    }
    const statement = this.db.prepare(sql);
    statement.safeIntegers(true);
    if (statement.reader) statement.raw(true);
    this.#statements.set(sql, statement);
    if (this.#statements.size > STATEMENT_CACHE_SIZE) {
      const oldest = this.#statements.keys().next().value;
      if (oldest !== undefined) this.#statements.delete(oldest);
    }
    return statement;
  }

  /**
   * libSQL accepts BEGIN TRANSACTION READONLY (what @libsql/client sends for a
   * "read" batch) but, embedded, lets it write. Turso refuses writes in it, so
   * here query_only holds from that BEGIN until the transaction ends.
   */
  holdReadOnly(sql: string): void {
    const readOnly = this.db.inTransaction && (this.#readOnly || READ_ONLY_BEGIN.test(sql));
    if (readOnly === this.#readOnly) return;
    this.#readOnly = readOnly;
    this.prepare(readOnly ? "PRAGMA query_only = 1" : "PRAGMA query_only = 0").run([]);
  }

  /** Schema changes make SQLite re-prepare on its own; a closed cache is all that is left. */
  close(): void {
    this.#statements.clear();
    this.db.close();
  }
}

export class HranaStream {
  readonly #sqlTexts = new Map<number, string>();
  closed = false;

  constructor(readonly connection: PooledConnection) {}

  /** Runs one stream request; a failing request is an error result, never a throw. */
  run(request: unknown): StreamResult {
    try {
      return { type: "ok", response: this.#respond(request) };
    } catch (error) {
      return { type: "error", error: errorOf(error) };
    }
  }

  get autocommit(): boolean {
    return !this.connection.db.inTransaction;
  }

  #respond(request: unknown): object {
    if (this.closed) throw new ProtocolError("the stream is closed");
    const fields = objectOf(request, "a stream request");
    switch (fields.type) {
      case "close":
        this.closed = true;
        return { type: "close" };
      case "execute":
        return { type: "execute", result: this.execute(fields.stmt) };
      case "batch":
        return { type: "batch", result: this.batch(fields.batch) };
      case "sequence":
        this.connection.db.exec(this.#sqlOf(fields));
        return { type: "sequence" };
      case "store_sql": {
        const id = int32(fields.sql_id, "sql_id");
        if (this.#sqlTexts.has(id)) throw new ProtocolError(`sql_id ${id} is already stored`);
        if (typeof fields.sql !== "string") throw new ProtocolError("store_sql without sql");
        this.#sqlTexts.set(id, fields.sql);
        return { type: "store_sql" };
      }
      case "close_sql":
        this.#sqlTexts.delete(int32(fields.sql_id, "sql_id"));
        return { type: "close_sql" };
      case "get_autocommit":
        return { type: "get_autocommit", is_autocommit: this.autocommit };
      default:
        // describe needs parameter names the binding does not expose.
        throw new ProtocolError(`stream request ${JSON.stringify(fields.type)} is not supported`);
    }
  }

  execute(stmt: unknown): StmtResult {
    const fields = objectOf(stmt, "a statement");
    const sql = this.#sqlOf(fields);
    try {
      return this.#execute(sql, fields);
    } finally {
      this.connection.holdReadOnly(sql);
    }
  }

  #execute(sql: string, fields: Record<string, unknown>): StmtResult {
    const statement = this.connection.prepare(sql);
    const args = argumentsOf(fields);
    const wantRows = fields.want_rows !== false;
    const rows = statement.reader ? (statement.all(args) as unknown[][]) : [];
    if (!statement.reader) statement.run(args);
    // Asked of SQLite rather than taken from run(): a reader may also write
    // (INSERT … RETURNING), and run() gives the rowid as a possibly rounded number.
    const changes = this.connection.prepare("SELECT changes(), last_insert_rowid()");
    const [changed, rowid] = (changes.all([]) as [bigint, bigint][])[0] ?? [0n, 0n];
    return {
      cols: statement.reader
        ? statement.columns().map((col) => ({ name: col.name, decltype: col.type }))
        : [],
      rows: wantRows ? rows.map((row) => row.map(toHrana)) : [],
      affected_row_count: Number(changed),
      last_insert_rowid: String(rowid),
    };
  }

  batch(batch: unknown): BatchResult {
    const steps = objectOf(batch, "a batch").steps;
    if (!Array.isArray(steps)) throw new ProtocolError("a batch without steps");
    const result: BatchResult = { step_results: [], step_errors: [] };
    steps.forEach((step: unknown, index) => {
      const fields = objectOf(step, "a batch step");
      const run =
        fields.condition === undefined ||
        fields.condition === null ||
        this.#holds(fields.condition, result, index);
      if (!run) {
        result.step_results.push(null);
        result.step_errors.push(null);
        return;
      }
      try {
        result.step_results.push(this.execute(fields.stmt));
        result.step_errors.push(null);
      } catch (error) {
        result.step_results.push(null);
        result.step_errors.push(errorOf(error));
      }
    });
    return result;
  }

  /** A batch condition over the steps run so far (a step may only look back). */
  #holds(condition: unknown, result: BatchResult, current: number): boolean {
    const fields = objectOf(condition, "a batch condition");
    const step = () => {
      const index = int32(fields.step, "step");
      if (index >= current) throw new ProtocolError("a condition refers to a later step");
      return index;
    };
    switch (fields.type) {
      case "ok":
        return result.step_results[step()] != null;
      case "error":
        return result.step_errors[step()] != null;
      case "not":
        return !this.#holds(fields.cond, result, current);
      case "and":
        return conditionsOf(fields).every((c) => this.#holds(c, result, current));
      case "or":
        return conditionsOf(fields).some((c) => this.#holds(c, result, current));
      case "is_autocommit":
        return this.autocommit;
      default:
        throw new ProtocolError(`unknown condition ${JSON.stringify(fields.type)}`);
    }
  }

  #sqlOf(fields: Record<string, unknown>): string {
    if (typeof fields.sql === "string") return fields.sql;
    if (fields.sql_id === undefined || fields.sql_id === null) {
      throw new ProtocolError("neither sql nor sql_id given");
    }
    const id = int32(fields.sql_id, "sql_id");
    const sql = this.#sqlTexts.get(id);
    if (sql === undefined) throw new ProtocolError(`sql_id ${id} is not stored`);
    return sql;
  }
}

/** Positional arguments as a list, or named ones as one object (the binding takes either). */
function argumentsOf(fields: Record<string, unknown>): SqlValue[] | Record<string, SqlValue> {
  const named = fields.named_args;
  if (Array.isArray(named) && named.length > 0) {
    const object: Record<string, SqlValue> = {};
    for (const arg of named) {
      const { name, value } = objectOf(arg, "a named argument");
      if (typeof name !== "string") throw new ProtocolError("a named argument without a name");
      // The binding names parameters without their prefix (:, @ or $).
      object[/^[:@$]/.test(name) ? name.slice(1) : name] = toSql(value);
    }
    return object;
  }
  const positional = fields.args ?? [];
  if (!Array.isArray(positional)) throw new ProtocolError("args is not an array");
  return positional.map(toSql);
}

function conditionsOf(fields: Record<string, unknown>): unknown[] {
  if (!Array.isArray(fields.conds)) throw new ProtocolError("a condition without conds");
  return fields.conds;
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null)
    throw new ProtocolError(`${what} is not an object`);
  return value as Record<string, unknown>;
}

function int32(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new ProtocolError(`${name} is not an integer`);
  }
  return value;
}

/** SQLite's own code (SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_BUSY, …), as Turso reports it. */
export function errorOf(error: unknown): HranaError {
  if (error instanceof ProtocolError) return { message: error.message, code: "PROTOCOL_ERROR" };
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { message: error.message, code: typeof code === "string" ? code : null };
  }
  return { message: String(error), code: null };
}
