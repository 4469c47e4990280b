// Cloudflare Workers entry: the Hono app, per request, over Turso.
//
// Everything that does I/O (the libSQL client, the bot's API) is created inside
// the request: Workers allow no I/O outside one, and an object that did I/O for
// one request must not be used by another. Parsing the environment and the
// reference data (with the lexicon built from it) are plain data, so they are
// kept for the isolate's life.
//
// Only web-safe modules are imported from here: no src/store/db.ts (node:fs,
// migrations), no seed or idn-area-data. Migrations and seeding run from Node.

import { createClient } from "@libsql/client/web";
import type { ExecutionContext } from "hono";
import { createBot } from "./bot/create-bot.ts";
import { type Config, ConfigError, createConfig, secretsOf } from "./config.ts";
import { createEngine } from "./domain/engine.ts";
import { redactingLogger } from "./redacting-logger.ts";
import { createServer } from "./server/create-server.ts";
import { createAdminStore } from "./store/admin-store.ts";
import { createFactsSource, createReferenceCache } from "./store/facts-repository.ts";
import { createHealthCheck } from "./store/health-check.ts";
import { createProcessedUpdates } from "./store/processed-updates.ts";
import { reportingUnavailability } from "./store/unavailable.ts";

/** [vars] from wrangler.toml and secrets from `wrangler secret put`, all strings. */
type Env = Record<string, string | undefined>;

const configs = new WeakMap<Env, WorkerConfig>();
/** Reference data read once per isolate, refreshed when the data version changes. */
const referenceCache = createReferenceCache();

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    let config: WorkerConfig;
    try {
      config = workerConfig(env);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // The message names the variable and the rule, never its value.
      console.error(error.message);
      return Response.json({ ok: false, error: "misconfigured" }, { status: 500 });
    }
    const client = reportingUnavailability(
      createClient({ url: config.databaseUrl, authToken: config.databaseAuthToken }),
    );
    const logger = redactingLogger(console, secretsOf(config));
    const facts = createFactsSource(client, referenceCache);
    const engine = createEngine({ facts, defaultProvince: config.defaultProvince });
    const admin = { store: createAdminStore(client), facts };
    const bot = createBot(
      {
        token: config.botToken,
        apiRoot: config.apiRoot,
        botInfo: config.botInfo,
        adminUserIds: config.adminUserIds,
        webhookMode: true,
      },
      { engine, admin, logger },
    );
    const app = createServer({
      bot,
      webhookSecret: config.webhookSecret,
      updates: createProcessedUpdates(client),
      health: createHealthCheck(client),
      logger,
    });
    return app.fetch(request, env, ctx);
  },
};

/** Config with what a Worker cannot run without made required. */
type WorkerConfig = Config & {
  [Key in "botToken" | "webhookSecret" | "botInfo"]: NonNullable<Config[Key]>;
};

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
