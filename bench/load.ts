// The Node webhook server under load, as deployed: `npm start` with
// WEBHOOK_URL and an embedded database, as a child process listening on
// loopback, its Bot API calls answered by the fake Bot API in this process.
// autocannon posts valid, signed updates (each with a fresh update_id, from
// enough users that the flood limit stays out of the way): questions, button
// presses, inline queries and /tanya in groups, over many connections at once.
//
// Memory is the server's resident set, read from /proc. A warm-up at the same
// load comes first, so "before" and "after" compare a warmed-up process with
// itself: the heap grows to its working size under load and V8 does not hand
// it back at once, which is not a leak; growth from before to after is.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { startFakeBotApi } from "../test/support/fake-bot-api.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../test/support/telegram-updates.ts";
import { SECRET_HEADER } from "../test/support/webhook-app.ts";
import { startWebhookServer, type WebhookProcess } from "../test/support/webhook-process.ts";
import { mixedUpdate } from "./mixed-updates.ts";
import { residentMiB } from "./process-memory.ts";

const SECRET = "load-bench-secret";
/** Users the updates come from: each sends about once per this many updates. */
const USERS = 100_000;

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmUpSeconds: number;
}

export interface LoadBench extends LoadOptions {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  /** Connection errors and timeouts (autocannon counts timeouts as errors too). */
  errors: number;
  timeouts: number;
  /** Bot API calls the server made (replies, answers to button presses and inline queries). */
  botApiCalls: number;
  /** Lines the server logged while under load (failures; 0 expected). */
  serverLogLines: number;
  rssMiB: { before: number; during: number[]; after: number } | undefined;
}

export async function benchLoad(options: LoadOptions): Promise<LoadBench> {
  const telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  const dir = await mkdtemp(join(tmpdir(), "tanya-load-"));
  let server: WebhookProcess | undefined;
  try {
    const running = await startWebhookServer({
      token: TEST_BOT_TOKEN,
      secret: SECRET,
      apiRoot: telegram.apiRoot,
      databaseUrl: `file:${join(dir, "load.db")}`,
      env: { BOT_INFO: JSON.stringify(TEST_BOT_INFO) },
      readyWithinMs: 30_000,
    });
    server = running;
    const { pid } = running;
    let nextUpdate = 0;
    const load = (seconds: number) =>
      autocannon({
        url: `${running.origin}/telegram`,
        connections: options.connections,
        duration: seconds,
        // Telegram's patience, and the server's own deadline.
        timeout: 10,
        method: "POST",
        headers: { "content-type": "application/json", [SECRET_HEADER]: SECRET },
        requests: [
          {
            setupRequest: (request) => {
              const i = nextUpdate++;
              return {
                ...request,
                body: JSON.stringify({ ...mixedUpdate(i, USERS), update_id: i }),
              };
            },
          },
        ],
      });

    await load(options.warmUpSeconds);
    await idle(2000);
    const logLinesBefore = countLines(running.output());
    const before = residentMiB(pid);
    // The fake records every call; counted and forgotten each second, so this process stays small.
    let botApiCalls = 0;
    const during: number[] = [];
    const sampler = setInterval(() => {
      botApiCalls += telegram.calls.splice(0).length;
      const rss = residentMiB(pid);
      if (rss !== undefined) during.push(rss);
    }, 1000);
    telegram.calls.length = 0;
    const result = await load(options.durationSeconds);
    clearInterval(sampler);
    botApiCalls += telegram.calls.splice(0).length;
    await idle(2000);
    const after = residentMiB(pid);

    return {
      ...options,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      botApiCalls,
      serverLogLines: countLines(running.output()) - logLinesBefore,
      rssMiB: before === undefined || after === undefined ? undefined : { before, during, after },
    };
  } finally {
    await server?.stop();
    await telegram.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The server left alone for a moment: in-flight work ends, finalizers run. */
const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const countLines = (text: string) => text.split("\n").filter(Boolean).length;
