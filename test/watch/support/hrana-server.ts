// A libSQL server on loopback for the Worker watching test: Hrana v2 over
// HTTP (POST /v2/pipeline: execute, batch with conditions, close) on a SQLite
// file, enough for @libsql/client/web inside workerd to read and write the
// same database the test prepares. No batons: each pipeline is self-contained,
// as the client's plain executes and batches are; texts stored with store_sql
// live for their pipeline. (The lead may swap in the
// shared server the serverless work brings.)

import { createServer, type Server } from "node:http";
import Database from "libsql";

type HranaValue =
  | { type: "null" }
  | { type: "integer"; value: string }
  | { type: "float"; value: number }
  | { type: "text"; value: string }
  | { type: "blob"; base64: string };

interface Stmt {
  /** Either the text, or the id of a text stored earlier in the pipeline (store_sql). */
  sql?: string;
  sql_id?: number;
  args?: HranaValue[];
  named_args?: { name: string; value: HranaValue }[];
  want_rows?: boolean;
}

type Condition =
  | { type: "ok"; step: number }
  | { type: "error"; step: number }
  | { type: "not"; cond: Condition }
  | { type: "and"; conds: Condition[] }
  | { type: "or"; conds: Condition[] }
  | { type: "is_autocommit" };

export interface HranaServer {
  url: string;
  close(): Promise<void>;
}

export async function startHranaServer(file: string): Promise<HranaServer> {
  const db = new Database(file);
  const server: Server = createServer((req, res) => {
    if (req.method === "GET") {
      res.writeHead(req.url === "/v2" ? 200 : 404).end();
      return;
    }
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      const request = JSON.parse(body) as {
        requests: {
          type: string;
          sql_id?: number;
          sql?: string;
          stmt?: Stmt;
          batch?: { steps: { stmt: Stmt; condition?: Condition | null }[] };
        }[];
      };
      // Texts stored for this pipeline's statements: a stream lives for one pipeline here.
      const stored = new Map<number, string>();
      const resolved = (stmt: Stmt): Stmt => ({
        ...stmt,
        sql: stmt.sql ?? stored.get(stmt.sql_id ?? -1),
      });
      const results = request.requests.map((r) => {
        try {
          if (r.type === "execute" && r.stmt)
            return ok({ type: "execute", result: execute(db, resolved(r.stmt)) });
          if (r.type === "batch" && r.batch)
            return ok({
              type: "batch",
              result: batch(
                db,
                r.batch.steps.map((step) => ({ ...step, stmt: resolved(step.stmt) })),
              ),
            });
          if (r.type === "store_sql" && r.sql_id !== undefined && r.sql !== undefined) {
            stored.set(r.sql_id, r.sql);
            return ok({ type: "store_sql" });
          }
          if (r.type === "close_sql" && r.sql_id !== undefined) {
            stored.delete(r.sql_id);
            return ok({ type: "close_sql" });
          }
          if (r.type === "close") return ok({ type: "close" });
          return failure(`unsupported request ${r.type}`);
        } catch (error) {
          return failure(error instanceof Error ? error.message : String(error));
        }
      });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ baton: null, base_url: null, results }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}

function ok(response: unknown) {
  return { type: "ok", response };
}

function failure(message: string) {
  return { type: "error", error: { message, code: "SQLITE_ERROR" } };
}

function batch(db: Database.Database, steps: { stmt: Stmt; condition?: Condition | null }[]) {
  const stepResults: unknown[] = [];
  const stepErrors: unknown[] = [];
  const holds = (c: Condition): boolean => {
    switch (c.type) {
      case "ok":
        return stepResults[c.step] != null;
      case "error":
        return stepErrors[c.step] != null;
      case "not":
        return !holds(c.cond);
      case "and":
        return c.conds.every(holds);
      case "or":
        return c.conds.some(holds);
      case "is_autocommit":
        return !db.inTransaction;
    }
  };
  for (const step of steps) {
    if (step.condition && !holds(step.condition)) {
      stepResults.push(null);
      stepErrors.push(null);
      continue;
    }
    try {
      stepResults.push(execute(db, step.stmt));
      stepErrors.push(null);
    } catch (error) {
      stepResults.push(null);
      stepErrors.push({ message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { step_results: stepResults, step_errors: stepErrors };
}

function execute(db: Database.Database, stmt: Stmt) {
  if (stmt.sql === undefined) throw new Error("statement without SQL");
  const prepared = db.prepare(stmt.sql);
  const args = stmt.named_args?.length
    ? Object.fromEntries(
        stmt.named_args.map((a) => [a.name.replace(/^[:@$]/, ""), fromHrana(a.value)]),
      )
    : (stmt.args ?? []).map(fromHrana);
  if (prepared.reader) {
    const columns = prepared.columns();
    const rows = (prepared.raw(true).all(args) as unknown[][]).map((row) => row.map(toHrana));
    const changes = Number((db.prepare("SELECT changes() AS n").get() as { n: number }).n);
    return {
      cols: columns.map((c) => ({ name: c.name, decltype: c.type })),
      rows,
      affected_row_count: /^\s*(insert|update|delete)/i.test(stmt.sql) ? changes : 0,
      last_insert_rowid: null,
    };
  }
  const run = prepared.run(args);
  return {
    cols: [],
    rows: [],
    affected_row_count: run.changes,
    last_insert_rowid: String(run.lastInsertRowid),
  };
}

function fromHrana(value: HranaValue): unknown {
  switch (value.type) {
    case "null":
      return null;
    case "integer":
      return Number(value.value);
    case "float":
      return value.value;
    case "text":
      return value.value;
    case "blob":
      return Buffer.from(value.base64, "base64");
  }
}

function toHrana(value: unknown): HranaValue {
  if (value === null || value === undefined) return { type: "null" };
  if (typeof value === "bigint") return { type: "integer", value: String(value) };
  if (typeof value === "number") {
    return Number.isInteger(value)
      ? { type: "integer", value: String(value) }
      : { type: "float", value };
  }
  if (typeof value === "string") return { type: "text", value };
  if (Buffer.isBuffer(value)) return { type: "blob", base64: value.toString("base64") };
  return { type: "text", value: String(value) };
}
