// Cloudflare Workers entry: the Hono app, per request, over Turso; and the
// broadcast delivery, run by a Cron Trigger every minute (wrangler.toml) and
// kicked right after a publication or correction made through the webhook.
// With a queue bound (BROADCAST_QUEUE), those steps only hand due deliveries
// to the queue, and the queue handler sends them (src/broadcast/queue-delivery.ts).
//
// Everything that does I/O (the libSQL client, the bot's API) is created inside
// the invocation: Workers allow no I/O outside one, and an object that did I/O
// for one must not be used by another. Parsing the environment and the
// reference data (with the lexicon built from it) are plain data, so they are
// kept for the isolate's life. Every Bot API call and database round trip of
// an invocation is counted, and delivery stops before the count reaches
// BROADCAST_SUBREQUEST_BUDGET (the plan's limit: 50 on the free plan).
//
// Only web-safe modules are imported from here: no src/store/db.ts (node:fs,
// migrations), no seed or idn-area-data. Migrations and seeding run from Node.

// The HTTP client alone (libsql:// is read as https://): the Worker never uses
// WebSockets, whose client @libsql/client/web would bundle too.
import { type Client, createClient } from "@libsql/client/http";
import type { ExecutionContext } from "hono";
import type { AdminDeps } from "./bot/context.ts";
import { createBot } from "./bot/create-bot.ts";
import { FloodCounter } from "./bot/flood-limit.ts";
import { createDeliveryWorker, deliveryParts } from "./broadcast/delivery-worker.ts";
import {
  type BroadcastQueue,
  consumeBatch,
  enqueueDue,
  type QueueBatch,
} from "./broadcast/queue-delivery.ts";
import { type Config, ConfigError, createConfig, secretsOf } from "./config.ts";
import type { PngRenderer } from "./domain/charts/ports.ts";
import { createEngine, type Engine } from "./domain/engine.ts";
import { type Logger, redactingLogger } from "./redacting-logger.ts";
import { createApiRateLimit } from "./server/api/rate-limit.ts";
import { createServer } from "./server/create-server.ts";
import { createAdminStore } from "./store/admin-store.ts";
import { createChartFiles } from "./store/chart-files.ts";
import { claimOnFirstUse, type FirstUseClaim } from "./store/claim-on-first-use.ts";
import {
  createFactsSource,
  createReferenceCache,
  type StoreFactsSource,
} from "./store/facts-repository.ts";
import { createHealthCheck } from "./store/health-check.ts";
import { createOpenData } from "./store/open-data.ts";
import { createOutbox } from "./store/outbox.ts";
import { createPersonalData } from "./store/personal-data.ts";
import { createProcessedUpdates } from "./store/processed-updates.ts";
import { createSubscriptions } from "./store/subscriptions.ts";
import { createUnansweredQuestions } from "./store/unanswered.ts";
import { reportingUnavailability } from "./store/unavailable.ts";
import { type CountedSubrequests, countSubrequests } from "./subrequest-count.ts";

/** [vars] from wrangler.toml and secrets from `wrangler secret put`, all strings. */
type Env = Record<string, string | undefined>;

/** The queue producer binding, when wrangler.toml has one (not a string, so read apart from Env). */
function broadcastQueue(env: Env): BroadcastQueue | undefined {
  const binding = (env as Record<string, unknown>).BROADCAST_QUEUE;
  return typeof binding === "object" && binding !== null ? (binding as BroadcastQueue) : undefined;
}

/** The dead-letter queue's name, as in wrangler.toml's consumer section. */
const DEAD_LETTER_QUEUE_VAR = "BROADCAST_DEAD_LETTER_QUEUE";

const configs = new WeakMap<Env, WorkerConfig>();
/** Reference data read once per isolate, refreshed when the data version changes. */
const referenceCache = createReferenceCache();
/** Each user's recent updates, so the flood limit holds across requests of the isolate. */
const floodCounter = new FloodCounter();
/** Updates whose claim a store outage kept from being given back, remembered per isolate. */
const unreleasedClaims = new Set<number>();
/**
 * Charts are drawn with the wasm and fonts bundled into the Worker, started
 * once per isolate, on the first chart: the renderer's code is loaded then.
 */
let pngRenderer: Promise<PngRenderer> | undefined;
const renderPng: PngRenderer = async (svg) => {
  pngRenderer ??= Promise.all([
    import("./charts/png.ts"),
    import("./charts/worker-assets.ts"),
  ]).then(([png, assets]) => png.createPngRenderer(assets.workerRendererAssets));
  return (await pngRenderer)(svg);
};
/** Link reading (an HTML parser and Readability) is loaded when an admin first sends a link. */
const readLink: AdminDeps["readLink"] = async (url, lexicon) =>
  (await import("./watch/read-link.ts")).readLink(url, lexicon);
/** The open-data API's per-client counts, kept for the isolate's life. */
const apiRateLimit = createApiRateLimit();
/** Updates handled but not yet recorded as done: recorded with the isolate's next claim. */
const finishedUpdates = new Set<number>();

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const config = loggedConfig(env);
    if (!config) return Response.json({ ok: false, error: "misconfigured" }, { status: 500 });
    const invocation = openInvocation(config);
    const { client, facts, engine, logger } = invocation;
    const deliverNow = () => ctx.waitUntil(deliver(invocation, broadcastQueue(env)));
    const admin = {
      store: createAdminStore(client),
      facts,
      deliverNow,
      readLink,
      background: (task: Promise<void>) =>
        ctx.waitUntil(
          task.catch((error: unknown) => logger.error("background task failed", error)),
        ),
      referenceChanged: facts.invalidate,
    };
    const bot = createBot(
      {
        token: config.botToken,
        apiRoot: config.apiRoot,
        botInfo: config.botInfo,
        adminUserIds: config.adminUserIds,
        webhookMode: true,
        fetch: invocation.subrequests.fetch,
      },
      {
        engine,
        admin,
        subscriptions: createSubscriptions(client),
        privacy: createPersonalData(client),
        unanswered: createUnansweredQuestions(client),
        charts: { files: createChartFiles(client), render: renderPng },
        floodCounter,
        logger,
      },
    );
    // The claim rides with the update's first database round trip, or is taken
    // alone before its first Bot API call if that comes first.
    bot.api.config.use(async (prev, method, payload, signal) => {
      await invocation.claim.settle();
      return prev(method, payload, signal);
    });
    const app = createServer({
      bot,
      webhookSecret: config.webhookSecret,
      updates: invocation.claim.updates,
      unreleasedClaims,
      health: createHealthCheck(client),
      logger,
      openData: { source: createOpenData(client), rateLimit: apiRateLimit },
      builtPerRequest: true,
    });
    return app.fetch(request, env, ctx);
  },

  /**
   * The Cron Trigger: deliver what is due (or hand it to the queue), then watch
   * sources within their share of the subrequests left.
   */
  async scheduled(_controller: unknown, env: Env): Promise<void> {
    const config = loggedConfig(env);
    if (!config) return;
    const invocation = openInvocation(config);
    await deliver(invocation, broadcastQueue(env));
    // Source watching (feeds, HTML pages) is loaded here, off the path of a question.
    const { watchOnSchedule } = await import("./watch/scheduled.ts");
    await watchOnSchedule({ ...invocation, store: createAdminStore(invocation.client) });
  },

  /** A batch from the broadcast queue (or its dead-letter queue): sent within this invocation's subrequests. */
  async queue(batch: QueueBatch, env: Env): Promise<void> {
    const config = loggedConfig(env);
    // Misconfigured: every message is retried, to reach the dead-letter queue if it stays so.
    if (!config) throw new Error("misconfigured");
    const { subrequests, ...rest } = openInvocation(config);
    const parts = deliveryParts({
      ...rest,
      outbox: createOutbox(rest.client),
      token: config.botToken,
      apiRoot: config.apiRoot,
      settings: config.broadcast,
      fetch: subrequests.fetch,
    });
    await consumeBatch(parts.deps(), parts.settings, batch, {
      budget: subrequests.budget,
      deadLetterQueue: env[DEAD_LETTER_QUEUE_VAR] ?? "tanya-broadcast-dlq",
    });
  },
};

interface Invocation {
  config: WorkerConfig;
  subrequests: CountedSubrequests;
  /** The update's claim, folded into its first round trip; `client` carries it. */
  claim: FirstUseClaim;
  client: Client;
  facts: StoreFactsSource;
  engine: Engine;
  logger: Logger;
}

/** What one invocation works with: a database client and a fetch, both counted. */
function openInvocation(config: WorkerConfig): Invocation {
  const subrequests = countSubrequests(
    reportingUnavailability(
      createClient({ url: config.databaseUrl, authToken: config.databaseAuthToken }),
    ),
    config.broadcast.subrequestBudget,
  );
  const claim = claimOnFirstUse(
    subrequests.client,
    createProcessedUpdates(subrequests.client, finishedUpdates),
  );
  const { client } = claim;
  const facts = createFactsSource(client, referenceCache);
  const engine = createEngine({ facts, defaultProvince: config.defaultProvince });
  const logger = redactingLogger(console, secretsOf(config));
  return { config, subrequests, claim, client, facts, engine, logger };
}

/**
 * Delivers with the subrequests the invocation has left, or with a queue hands
 * what is due to it; failures are logged, never thrown.
 */
async function deliver(
  { config, subrequests, ...rest }: Invocation,
  queue: BroadcastQueue | undefined,
): Promise<void> {
  const options = {
    ...rest,
    outbox: createOutbox(rest.client),
    token: config.botToken,
    apiRoot: config.apiRoot,
    settings: config.broadcast,
    fetch: subrequests.fetch,
  };
  try {
    if (queue === undefined) await createDeliveryWorker(options)({ budget: subrequests.budget });
    else await enqueueDue({ ...deliveryParts(options).deps(), queue }, subrequests);
  } catch (error) {
    rest.logger.error("delivery run failed", error);
  }
}

/** Config with what a Worker cannot run without made required. */
type WorkerConfig = Config & {
  [Key in "botToken" | "webhookSecret" | "botInfo"]: NonNullable<Config[Key]>;
};

/** The config, or null after logging what is wrong with it (the variable and rule, never a value). */
function loggedConfig(env: Env): WorkerConfig | null {
  try {
    return workerConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return null;
  }
}

function workerConfig(env: Env): WorkerConfig {
  const cached = configs.get(env);
  if (cached !== undefined) return cached;
  const config = createConfig(env);
  const { botToken, webhookSecret, botInfo, databaseUrl } = config;
  if (botToken === undefined || webhookSecret === undefined || botInfo === undefined) {
    const settings = {
      TELEGRAM_BOT_TOKEN: botToken,
      WEBHOOK_SECRET: webhookSecret,
      BOT_INFO: botInfo,
    };
    const unset = Object.entries(settings).filter(([, value]) => value === undefined);
    throw new ConfigError(`Invalid configuration: ${unset.map(([name]) => name).join(", ")} unset`);
  }
  // The embedded database (the default) is a file, and Workers have no filesystem.
  if (!/^(libsql|https?):/.test(databaseUrl)) {
    throw new ConfigError("Invalid configuration: DATABASE_URL must be libsql:// or https://");
  }
  const complete = { ...config, botToken, webhookSecret, botInfo };
  configs.set(env, complete);
  return complete;
}
