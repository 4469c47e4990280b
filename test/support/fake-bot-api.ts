// A Bot API server on loopback for end-to-end tests: enough of Telegram for
// grammY to poll, answer and manage its webhook. Point a bot at it with
// TELEGRAM_API_ROOT = fake.apiRoot. Every call is recorded. Faults can be
// injected per method, per chat (sendMessage), or on every nth call: error
// answers (429 with retry_after, 403, 400 with migrate_to_chat_id, 5xx),
// late answers, and connections dropped without an answer.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update, UserFromGetMe } from "grammy/types";
import { TEST_BOT_INFO } from "./telegram-updates.ts";

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** Files uploaded with the call (multipart/form-data), by field name. */
  files?: Record<string, { name: string; bytes: Uint8Array }>;
}

export interface FakeBotApi {
  /** For TELEGRAM_API_ROOT. */
  apiRoot: string;
  calls: RecordedCall[];
  /** The HTTP status a call was answered with; undefined until answered, or if dropped. */
  statusOf(call: RecordedCall): number | undefined;
  /** Queues an update for getUpdates, built for the next update_id. */
  enqueue(build: (updateId: number) => Update): Update;
  /** The next calls of `method` meet these faults, one call each, in order; later calls succeed. */
  injectFaults(method: string, ...faults: Fault[]): void;
  /** The next sendMessage calls to this chat meet these faults, before any per-method fault. */
  injectChatFaults(chatId: number, ...faults: Fault[]): void;
  /** Every nth call of `method` from now on meets the fault (Telegram's flood control, say). */
  injectFaultEvery(method: string, every: number, fault: Fault): void;
  /** Resolves with the first call (past or future) that matches, or rejects after timeoutMs. */
  waitForCall(matches: (call: RecordedCall) => boolean, timeoutMs: number): Promise<RecordedCall>;
  close(): Promise<void>;
}

/** An error answer, as Telegram gives it: 429 with retry_after, 400 with migrate_to_chat_id, 5xx, ... */
export interface ErrorAnswer {
  status: number;
  description: string;
  retryAfterSeconds?: number;
  migrateToChatId?: number;
}

/** How the fake meets one call instead of answering it at once. */
export type Fault =
  | ErrorAnswer
  /** The normal answer, this much later (or never, if the caller gives up first). */
  | { delayMs: number }
  /** The connection is destroyed without an answer. */
  | { drop: true };

interface PendingPoll {
  offset: number;
  respond: (updates: Update[]) => void;
}

export async function startFakeBotApi(
  token: string,
  botInfo: UserFromGetMe = TEST_BOT_INFO,
): Promise<FakeBotApi> {
  const calls: RecordedCall[] = [];
  const statuses = new WeakMap<RecordedCall, number>();
  const waiters = new Set<{
    matches: (call: RecordedCall) => boolean;
    found: (call: RecordedCall) => void;
  }>();
  let queue: Update[] = [];
  let nextUpdateId = 1;
  let nextMessageId = 1;
  let polls: PendingPoll[] = [];
  let webhook = { url: "", allowed_updates: [] as unknown };
  const faults = new Map<string, Fault[]>();
  const chatFaults = new Map<number, Fault[]>();
  const recurring = new Map<string, { every: number; fault: Fault; calls: number }>();

  /** The fault this call meets, if any: per chat first, then per method, then recurring. */
  function faultFor(method: string, payload: Record<string, unknown>): Fault | undefined {
    const chatFault =
      method === "sendMessage" ? chatFaults.get(Number(payload.chat_id))?.shift() : undefined;
    const methodFault = chatFault ?? faults.get(method)?.shift();
    if (methodFault !== undefined) return methodFault;
    const every = recurring.get(method);
    if (every === undefined) return undefined;
    every.calls += 1;
    return every.calls % every.every === 0 ? every.fault : undefined;
  }

  /** Hands updates at or after the offset to a poll; earlier ones are confirmed, so forgotten. */
  function due(offset: number): Update[] {
    queue = queue.filter((update) => update.update_id >= offset);
    return queue;
  }

  function record(call: RecordedCall): void {
    calls.push(call);
    for (const waiter of waiters) if (waiter.matches(call)) waiter.found(call);
  }

  function sentMessage(payload: Record<string, unknown>) {
    return {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: payload.chat_id, type: "private" },
      from: botInfo,
      text: payload.text,
    };
  }

  /** The result of each method, or undefined for a method this fake does not know. */
  function answer(method: string, payload: Record<string, unknown>): unknown {
    switch (method) {
      case "getMe":
        return botInfo;
      case "sendMessage":
        return sentMessage(payload);
      case "editMessageText":
        return payload.inline_message_id === undefined ? sentMessage(payload) : true;
      case "sendPhoto":
        return {
          ...sentMessage(payload),
          caption: payload.caption,
          photo: [
            {
              file_id: `photo-${nextMessageId}`,
              file_unique_id: `p${nextMessageId}`,
              width: 800,
              height: 400,
            },
          ],
        };
      case "setWebhook":
        webhook = { url: String(payload.url), allowed_updates: payload.allowed_updates ?? [] };
        return true;
      case "deleteWebhook":
        webhook = { url: "", allowed_updates: [] };
        if (payload.drop_pending_updates === true) queue = [];
        return true;
      case "getWebhookInfo":
        return { ...webhook, has_custom_certificate: false, pending_update_count: queue.length };
      case "setMyCommands":
      case "sendChatAction":
      case "answerCallbackQuery":
      case "editMessageReplyMarkup":
      case "answerInlineQuery":
        return true;
      default:
        return undefined;
    }
  }

  function reply(res: ServerResponse, status: number, body: unknown, call?: RecordedCall): void {
    if (call) statuses.set(call, status);
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  }

  function poll(payload: Record<string, unknown>, res: ServerResponse): void {
    const offset = Number(payload.offset ?? 0);
    const ready = due(offset);
    const timeoutSeconds = Number(payload.timeout ?? 0);
    if (ready.length > 0 || timeoutSeconds === 0) {
      reply(res, 200, { ok: true, result: ready });
      return;
    }
    const pending: PendingPoll = {
      offset,
      respond: (updates) => {
        clearTimeout(timer);
        polls = polls.filter((p) => p !== pending);
        if (!res.writableEnded) reply(res, 200, { ok: true, result: updates });
      },
    };
    const timer = setTimeout(() => pending.respond([]), timeoutSeconds * 1000);
    // A bot that stops polling aborts its request; the poll must not outlive it.
    res.on("close", () => pending.respond([]));
    polls.push(pending);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    if (match?.[1] !== token) {
      return reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    }
    const method = match[2] ?? "";
    const call: RecordedCall = { method, ...(await readCall(req)) };
    const { payload } = call;
    record(call);
    const fault = faultFor(method, payload);
    if (fault !== undefined && "drop" in fault) return void req.socket.destroy();
    if (fault !== undefined && "status" in fault) return replyWithError(res, fault, call);
    if (fault !== undefined) await delay(fault.delayMs, res);
    if (res.destroyed) return;
    if (method === "getUpdates") return poll(payload, res);
    const result = answer(method, payload);
    if (result === undefined) {
      return reply(res, 404, { ok: false, error_code: 404, description: "Not Found" }, call);
    }
    reply(res, 200, { ok: true, result }, call);
  }

  function replyWithError(res: ServerResponse, fault: ErrorAnswer, call: RecordedCall): void {
    const parameters = {
      ...(fault.retryAfterSeconds === undefined ? {} : { retry_after: fault.retryAfterSeconds }),
      ...(fault.migrateToChatId === undefined ? {} : { migrate_to_chat_id: fault.migrateToChatId }),
    };
    reply(
      res,
      fault.status,
      {
        ok: false,
        error_code: fault.status,
        description: fault.description,
        ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
      },
      call,
    );
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      reply(res, 500, { ok: false, error_code: 500, description: String(error) }),
    );
  });
  // Telegram keeps idle connections open for a minute or more; Node's default of
  // 5 s would make clients with many pooled connections (a bot under load) reuse
  // sockets this fake is closing, failing calls Telegram would have answered.
  server.keepAliveTimeout = 75_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    statusOf: (call) => statuses.get(call),
    injectFaults(method, ...injected) {
      faults.set(method, [...(faults.get(method) ?? []), ...injected]);
    },
    injectChatFaults(chatId, ...injected) {
      chatFaults.set(chatId, [...(chatFaults.get(chatId) ?? []), ...injected]);
    },
    injectFaultEvery(method, every, fault) {
      recurring.set(method, { every, fault, calls: 0 });
    },
    enqueue(build) {
      const update = build(nextUpdateId++);
      queue.push(update);
      for (const pending of polls) {
        const ready = due(pending.offset);
        if (ready.length > 0) pending.respond(ready);
      }
      return update;
    },
    waitForCall(matches, timeoutMs) {
      const earlier = calls.find(matches);
      if (earlier !== undefined) return Promise.resolve(earlier);
      return new Promise((resolve, reject) => {
        const waiter = {
          matches,
          found: (call: RecordedCall) => {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(call);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching Bot API call within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close() {
      for (const pending of polls) pending.respond([]);
      server.closeAllConnections();
      return new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** Waits, but no longer than the caller does: a request given up on ends the wait. */
function delay(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.on("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** grammY sends JSON, or multipart/form-data when it uploads a file (a chart's photo). */
async function readCall(req: IncomingMessage): Promise<Omit<RecordedCall, "method">> {
  const body = await readBody(req);
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("multipart/form-data")) {
    const text = body.toString("utf8");
    return { payload: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
  }
  const payload: Record<string, unknown> = {};
  const files: NonNullable<RecordedCall["files"]> = {};
  for (const part of multipartParts(body, type)) {
    if (part.filename === undefined) payload[part.name] = tryJson(part.content.toString("utf8"));
    else files[part.name] = { name: part.filename, bytes: new Uint8Array(part.content) };
  }
  // A field names its file as attach://<part>: the file is recorded under the field.
  for (const [field, value] of Object.entries(payload)) {
    const part = typeof value === "string" ? /^attach:\/\/(.+)$/.exec(value)?.[1] : undefined;
    const file = part === undefined ? undefined : files[part];
    if (part !== undefined && file !== undefined) {
      files[field] = file;
      delete files[part];
    }
  }
  return { payload, files };
}

/** The parts of a multipart/form-data body: each field's name, file name if a file, and bytes. */
function multipartParts(
  body: Buffer,
  type: string,
): { name: string; filename?: string; content: Buffer }[] {
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (boundary === undefined) throw new Error(`multipart without a boundary: ${type}`);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length, next);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      // grammY writes name="…" quoted and filename=… bare.
      const name = /;\s*name="([^"]*)"/.exec(headers)?.[1];
      const filename = /filename="?([^";\r\n]*)"?/.exec(headers)?.[1];
      // The content ends with the CRLF that precedes the next delimiter.
      const content = part.subarray(headerEnd + 4, part.length - 2);
      if (name !== undefined)
        parts.push({ name, ...(filename === undefined ? {} : { filename }), content });
    }
    start = next;
  }
  return parts;
}

/** Multipart fields carry numbers and objects as JSON, plain strings as they are. */
function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
