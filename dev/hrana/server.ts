// Hrana over HTTP (the protocol Turso speaks to @libsql/client's HTTP client and
// to the Worker) over a local libSQL file, for `npm run dev` and the Worker's
// end-to-end tests: no account, no network. JSON encoding only; a client asks
// GET /v3-protobuf first, gets 404 and uses /v3.
//
//   GET  /v2, /v3           200: the version is supported
//   POST /v2/pipeline       { baton, requests } -> { baton, base_url, results }
//   POST /v3/pipeline       the same (v3 adds get_autocommit and is_autocommit)
//   POST /v3/cursor         { baton, batch } -> lines of JSON: the reply, then cursor entries
//
// Not for production: no authentication (any token is accepted), one process.

import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { errorOf, HranaStream, PooledConnection } from "./stream.ts";
import { ProtocolError } from "./values.ts";

export interface HranaServerOptions {
  /** The SQLite file served (created if missing); `:memory:` is refused, streams would not share it. */
  path: string;
  port?: number;
  host?: string;
  /** A stream left open (an interactive transaction) is rolled back after this much silence. */
  streamIdleMs?: number;
}

export interface HranaServer {
  /** For createClient({ url }) and DATABASE_URL: http://host:port */
  url: string;
  port: number;
  /** HTTP requests to the pipeline and cursor endpoints so far: the clients' round trips. */
  roundTrips(): number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;
const IDLE_CONNECTIONS = 4;

export async function startHranaServer(options: HranaServerOptions): Promise<HranaServer> {
  if (options.path === ":memory:")
    throw new Error("serve a file: each stream opens its own connection");
  const idleMs = options.streamIdleMs ?? 10_000;
  const idle: PooledConnection[] = [];
  const open = new Map<string, { stream: HranaStream; timer: NodeJS.Timeout }>();
  let roundTrips = 0;

  function acquire(): PooledConnection {
    return idle.pop() ?? new PooledConnection(options.path);
  }

  /** A stream's end: whatever transaction it left open is rolled back, its connection reused. */
  function release(stream: HranaStream): void {
    const { connection } = stream;
    try {
      if (connection.db.inTransaction) connection.db.exec("ROLLBACK");
      connection.holdReadOnly("");
    } catch {
      connection.close();
      return;
    }
    if (idle.length < IDLE_CONNECTIONS) idle.push(connection);
    else connection.close();
  }

  /** The stream a baton names (taken: batons are single use), or a new one for null. */
  function streamFor(baton: unknown): HranaStream {
    if (baton === null || baton === undefined) return new HranaStream(acquire());
    const entry = typeof baton === "string" ? open.get(baton) : undefined;
    if (entry === undefined) throw new ProtocolError("the baton is unknown or its stream expired");
    open.delete(baton as string);
    clearTimeout(entry.timer);
    return entry.stream;
  }

  /** A baton for the stream's next request, or null once it is closed. */
  function handBack(stream: HranaStream): string | null {
    if (stream.closed) {
      release(stream);
      return null;
    }
    const baton = randomUUID();
    const timer = setTimeout(() => {
      open.delete(baton);
      release(stream);
    }, idleMs);
    timer.unref();
    open.set(baton, { stream, timer });
    return baton;
  }

  function pipeline(body: Record<string, unknown>): object {
    if (!Array.isArray(body.requests)) throw new ProtocolError("requests is not an array");
    const stream = streamFor(body.baton);
    const results = body.requests.map((request: unknown) => stream.run(request));
    return { baton: handBack(stream), base_url: null, results };
  }

  /** The cursor's entries, produced after the whole batch ran (small results, dev use). */
  function cursor(body: Record<string, unknown>): string {
    const stream = streamFor(body.baton);
    const lines: object[] = [];
    try {
      const result = stream.batch(body.batch);
      result.step_results.forEach((stmt, step) => {
        const error = result.step_errors[step];
        if (error) lines.push({ type: "step_error", step, error });
        if (!stmt) return;
        lines.push({ type: "step_begin", step, cols: stmt.cols });
        for (const row of stmt.rows) lines.push({ type: "row", row });
        const { affected_row_count, last_insert_rowid } = stmt;
        lines.push({ type: "step_end", affected_row_count, last_insert_rowid });
      });
    } catch (error) {
      lines.push({ type: "error", error: errorOf(error) });
    }
    const head = { baton: handBack(stream), base_url: null };
    return [head, ...lines].map((line) => `${JSON.stringify(line)}\n`).join("");
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "");
    if (request.method === "GET") {
      if (path === "" || path === "/v2" || path === "/v3")
        return send(response, 200, "text/plain", "ok");
      return send(response, 404, "text/plain", "not found");
    }
    const handler =
      request.method !== "POST"
        ? undefined
        : path === "/v2/pipeline" || path === "/v3/pipeline"
          ? "pipeline"
          : path === "/v3/cursor"
            ? "cursor"
            : undefined;
    if (handler === undefined) return send(response, 404, "text/plain", "not found");
    roundTrips += 1;
    try {
      const body = await readJson(request);
      if (handler === "pipeline") {
        return send(response, 200, "application/json", JSON.stringify(pipeline(body)));
      }
      return send(response, 200, "text/plain", cursor(body));
    } catch (error) {
      const status = error instanceof ProtocolError ? 400 : 500;
      return send(response, status, "application/json", JSON.stringify(errorOf(error)));
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 500, "application/json", JSON.stringify(errorOf(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    port,
    roundTrips: () => roundTrips,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      for (const [baton, { stream, timer }] of open) {
        clearTimeout(timer);
        open.delete(baton);
        release(stream);
      }
      for (const connection of idle.splice(0)) connection.close();
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  response.end(body);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ProtocolError("the request body is too large");
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new ProtocolError("the request body is not JSON");
  }
  if (typeof body !== "object" || body === null)
    throw new ProtocolError("the body is not an object");
  return body as Record<string, unknown>;
}
