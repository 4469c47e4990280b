// The Node webhook server under load, as deployed: `npm start` with
// WEBHOOK_URL and an embedded database, as a child process listening on
// loopback, its Bot API calls answered by the fake Bot API in this process.
// autocannon posts valid, signed updates (each with a fresh update_id, from
// enough users that the flood limit stays out of the way): questions, button
// presses, inline queries and /tanya in groups, over many connections at once.
//
// One run: a warm-up, then the measured window. Figures count only requests
// sent in the window: when a saturated Node server gets many new connections
// at once, their first requests wait seconds to be read (a bare Hono server
// with a 2 ms handler does the same), which says nothing about steady load;
// Telegram keeps its connections open. The whole run's totals are reported too.
//
// Memory is the server's resident set, read from /proc: at the start of the
// window (the heap already grown to its working size under this load), sampled
// through it, at its end, and after a few idle seconds.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { type FakeBotApi, startFakeBotApi } from "../test/support/fake-bot-api.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../test/support/telegram-updates.ts";
import { SECRET_HEADER } from "../test/support/webhook-app.ts";
import { startWebhookServer, type WebhookProcess } from "../test/support/webhook-process.ts";
import { mixedUpdate } from "./mixed-updates.ts";
import { residentMiB } from "./process-memory.ts";
import { percentile } from "./stats.ts";

const SECRET = "load-bench-secret";
/** Users the updates come from: each sends about once per this many updates. */
const USERS = 100_000;
/** Telegram's patience, and the server's own deadline. */
const TIMEOUT_SECONDS = 10;

export interface LoadOptions {
  connections: number;
  warmUpSeconds: number;
  durationSeconds: number;
}

export interface LoadBench extends LoadOptions {
  /** Requests sent in the measured window and answered. */
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  /** Connection errors and timeouts in the window. */
  errors: number;
  /** The whole run, warm-up and connection ramp-up included. */
  wholeRun: { requests: number; non2xx: number; errors: number; timeouts: number };
  /** Bot API calls the server made in the window (replies, answers to presses and inline queries). */
  botApiCalls: number;
  /** Lines the server logged during the run (failures; 0 expected). */
  serverLogLines: number;
  rssMiB: RssSamples | undefined;
}

export interface RssSamples {
  windowStart: number;
  during: number[];
  windowEnd: number;
  idleAfter: number;
}

export async function benchLoad(options: LoadOptions): Promise<LoadBench> {
  const telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  const dir = await mkdtemp(join(tmpdir(), "tanya-load-"));
  let server: WebhookProcess | undefined;
  try {
    server = await startWebhookServer({
      token: TEST_BOT_TOKEN,
      secret: SECRET,
      apiRoot: telegram.apiRoot,
      databaseUrl: `file:${join(dir, "load.db")}`,
      env: { BOT_INFO: JSON.stringify(TEST_BOT_INFO) },
      readyWithinMs: 30_000,
    });
    return await measure(server, telegram, options);
  } finally {
    await server?.stop();
    await telegram.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function measure(
  server: WebhookProcess,
  telegram: FakeBotApi,
  options: LoadOptions,
): Promise<LoadBench> {
  const logLinesAtStart = countLines(server.output());
  let nextUpdate = 0;
  const { instance, finished } = startAutocannon({
    url: `${server.origin}/telegram`,
    connections: options.connections,
    duration: options.warmUpSeconds + options.durationSeconds,
    timeout: TIMEOUT_SECONDS,
    method: "POST",
    headers: { "content-type": "application/json", [SECRET_HEADER]: SECRET },
    requests: [
      {
        setupRequest: (request) => {
          const i = nextUpdate++;
          return { ...request, body: JSON.stringify({ ...mixedUpdate(i, USERS), update_id: i }) };
        },
      },
    ],
  });

  const windowStart = Date.now() + options.warmUpSeconds * 1000;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  instance.on("response", (_client, status, _bytes, responseMs) => {
    if (Date.now() - responseMs < windowStart) return;
    latencies.push(responseMs);
    if (status < 200 || status > 299) non2xx++;
  });
  instance.on("reqError", () => {
    if (Date.now() >= windowStart) errors++;
  });

  // The fake records every call: counted and forgotten each second, so this process stays small.
  let botApiCalls = 0;
  const rss: number[] = [];
  const sampler = setInterval(() => {
    const calls = telegram.calls.splice(0).length;
    if (Date.now() < windowStart) return;
    botApiCalls += calls;
    const sample = residentMiB(server.pid);
    if (sample !== undefined) rss.push(sample);
  }, 1000);
  const whole = await finished;
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const idleAfter = residentMiB(server.pid);

  latencies.sort((a, b) => a - b);
  return {
    ...options,
    requests: latencies.length,
    requestsPerSecond: latencies.length / options.durationSeconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    non2xx,
    errors,
    wholeRun: {
      requests: whole.requests.total,
      non2xx: whole.non2xx,
      errors: whole.errors,
      timeouts: whole.timeouts,
    },
    botApiCalls,
    serverLogLines: countLines(server.output()) - logLinesAtStart,
    rssMiB:
      rss.length === 0 || idleAfter === undefined
        ? undefined
        : {
            windowStart: rss[0] as number,
            during: rss,
            windowEnd: rss.at(-1) as number,
            idleAfter,
          },
  };
}

/** autocannon's instance, for its events, and its result. */
function startAutocannon(options: autocannon.Options) {
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
  // The promise's executor has run by now: it runs synchronously.
  return { instance: instance as autocannon.Instance, finished };
}

const countLines = (text: string) => text.split("\n").filter(Boolean).length;
