// Node entry: `npm start`. Opens the embedded database (migrated and seeded on
// first run) and serves the one bot: by long polling when TELEGRAM_BOT_TOKEN
// is set, as a webhook server on PORT when WEBHOOK_URL is set too, and without
// a token as a chat in the terminal. With a token it also delivers broadcasts,
// in the same process, and watches the sources admins added. SIGINT or SIGTERM
// stops it cleanly: the updates and broadcast messages under way finish, the
// rest of the broadcast batch is handed back, and the process exits 0. Under `npm start` one Ctrl+C reaches
// the process more than once (the terminal signals the whole process group,
// and tsx passes its own on): every signal after the first is ignored.

import { serve } from "@hono/node-server";
import type { Client } from "@libsql/client";
import type { Api, Bot } from "grammy";
import { registerCommands } from "./bot/commands.ts";
import type { AdminDeps, BotContext } from "./bot/context.ts";
import { createBot } from "./bot/create-bot.ts";
import { botApiFetch } from "./bot-api-http.ts";
import { createDeliveryWorker } from "./broadcast/delivery-worker.ts";
import { startDeliveryLoop } from "./broadcast/node-loop.ts";
import { nodeRendererAssets } from "./charts/node-assets.ts";
import { createPngRenderer } from "./charts/png.ts";
import { setMenuInBackground } from "./command-menu.ts";
import { type Config, ConfigError, createConfig, secretsOf } from "./config.ts";
import { runConsoleChat } from "./console/chat.ts";
import { createEngine, type Engine } from "./domain/engine.ts";
import type { FactsSource } from "./domain/types.ts";
import { listenProblem } from "./listen-problem.ts";
import { pollConcurrently } from "./poll-concurrently.ts";
import { type Logger, redactingLogger } from "./redacting-logger.ts";
import { ALLOWED_UPDATES } from "./server/allowed-updates.ts";
import { createApiRateLimit } from "./server/api/rate-limit.ts";
import { createServer } from "./server/create-server.ts";
import { createAdminStore } from "./store/admin-store.ts";
import { createChartFiles } from "./store/chart-files.ts";
import { prepareDatabase } from "./store/db.ts";
import { createFactsSource } from "./store/facts-repository.ts";
import { createHealthCheck } from "./store/health-check.ts";
import { createOpenData } from "./store/open-data.ts";
import { createOutbox } from "./store/outbox.ts";
import { createPersonalData } from "./store/personal-data.ts";
import { createProcessedUpdates } from "./store/processed-updates.ts";
import { createSubscriptions } from "./store/subscriptions.ts";
import { createUnansweredQuestions } from "./store/unanswered.ts";
import { untilTelegramAnswers } from "./telegram-reachable.ts";
import { startWatchLoop } from "./watch/node-loop.ts";
import { readLink } from "./watch/read-link.ts";
import { runWatch } from "./watch/watch-run.ts";

async function main(): Promise<void> {
  // Every setting is checked before anything is created or contacted.
  const config = createConfig(process.env);
  const webhookSecret = webhookSecretFor(config);
  const { client } = await prepareDatabase(
    { url: config.databaseUrl, authToken: config.databaseAuthToken },
    (line) => console.error(line),
  );
  const facts = createFactsSource(client);
  const engine = createEngine({ facts, defaultProvince: config.defaultProvince });
  const admin: AdminDeps = {
    store: createAdminStore(client),
    facts,
    referenceChanged: facts.invalidate,
    readLink,
  };
  try {
    await checkDefaultProvince(facts, config.defaultProvince);
    if (config.botToken === undefined) await chatInTerminal(engine, admin, config);
    else await serveTelegram(config.botToken, { engine, admin, webhookSecret }, config, client);
  } finally {
    client.close();
  }
}

/** The two-digit code is checked by the configuration; whether it is a province, only the regions can say. */
async function checkDefaultProvince(facts: FactsSource, code: string): Promise<void> {
  const { regions } = await facts.reference();
  if (!regions.some((region) => region.code === code && region.level === "province")) {
    throw new ConfigError(
      `Invalid configuration: DEFAULT_PROVINCE: ${code} is not a province code (Kalimantan Timur is 64)`,
    );
  }
}

/** Admin commands work there only when the console's user (id 1) is in ADMIN_USER_IDS. */
function chatInTerminal(engine: Engine, admin: AdminDeps, config: Config): Promise<void> {
  return runConsoleChat({
    engine,
    admin,
    adminUserIds: config.adminUserIds,
    input: process.stdin,
    output: process.stdout,
    defaultLang: config.defaultLang,
    interactive: process.stdin.isTTY === true,
  });
}

interface Serving {
  engine: Engine;
  admin: AdminDeps;
  /** Set: serve a webhook; unset: poll. */
  webhookSecret: string | undefined;
}

async function serveTelegram(
  token: string,
  { engine, admin, webhookSecret }: Serving,
  config: Config,
  client: Client,
): Promise<void> {
  const logger = redactingLogger(console, secretsOf(config));
  // One transport, its kept-alive connections shared by answers and broadcasts.
  const telegramFetch = botApiFetch();
  const deliveries = startDeliveryLoop(
    createDeliveryWorker({
      outbox: createOutbox(client),
      engine,
      facts: admin.facts,
      token,
      apiRoot: config.apiRoot,
      fetch: telegramFetch,
      settings: config.broadcast,
      logger,
    }),
    { intervalMs: config.broadcast.pollSeconds * 1000, logger },
  );
  const watching = startWatchLoop(
    () =>
      runWatch({
        store: admin.store,
        engine,
        token,
        apiRoot: config.apiRoot,
        adminUserIds: config.adminUserIds,
        settings: config.watch,
        logger,
      }),
    { intervalMs: config.watch.intervalMinutes * 60_000, logger },
  );
  const bot = createBot(
    {
      token,
      apiRoot: config.apiRoot,
      botInfo: config.botInfo,
      adminUserIds: config.adminUserIds,
      fetch: telegramFetch,
      webhookMode: webhookSecret !== undefined,
      sequentialPerChat: webhookSecret === undefined,
    },
    {
      engine,
      admin: {
        ...admin,
        deliverNow: deliveries.kick,
        background: (task) =>
          void task.catch((error: unknown) => logger.error("background task failed", error)),
      },
      subscriptions: createSubscriptions(client),
      privacy: createPersonalData(client),
      unanswered: createUnansweredQuestions(client),
      charts: { files: createChartFiles(client), render: createPngRenderer(nodeRendererAssets) },
      logger,
    },
  );
  try {
    // The first call to Telegram, retried for a while if it cannot be reached, with
    // a word each time; it proves the token. The command menu follows in the
    // background: its failure must not keep the bot from serving.
    // grammY types its signal as the abort-controller package's, the same interface as the platform's.
    await untilTelegramAnswers((signal) => bot.api.getMe(signal as Parameters<Api["getMe"]>[0]), {
      apiRoot: config.apiRoot,
      waitSeconds: config.startWaitSeconds,
      log: (line) => console.error(line),
    });
    const menu = new AbortController();
    onShutdown(() => menu.abort());
    void setMenuInBackground(() => registerCommands(bot.api), {
      log: (line) => console.error(line),
      signal: menu.signal,
    });
    if (webhookSecret === undefined) await poll(bot);
    else await serveWebhook({ bot, webhookSecret, config, client, logger });
  } finally {
    await Promise.all([deliveries.stop(), watching.stop()]);
  }
}

/** The secret when WEBHOOK_URL asks for a webhook, checked before any call to Telegram. */
function webhookSecretFor(config: Config): string | undefined {
  if (config.webhookUrl === undefined) return undefined;
  // Without a secret the server would reject every update Telegram delivers.
  if (config.webhookSecret === undefined) {
    throw new ConfigError("Invalid configuration: WEBHOOK_SECRET must be set with WEBHOOK_URL");
  }
  return config.webhookSecret;
}

/** Resolves when the bot has stopped polling; chats are served concurrently. */
async function poll(bot: Bot<BotContext>): Promise<void> {
  const polling = await pollConcurrently(bot, ALLOWED_UPDATES);
  console.log(`@${bot.botInfo.username} is polling for updates`);
  let stopping: Promise<void> | undefined;
  onShutdown(() => {
    stopping = polling.stop();
    return stopping;
  });
  // Ends once stopped, or throws if Telegram refuses polling for good (401, 409).
  await polling.done;
  await stopping;
}

interface WebhookServing {
  bot: Bot<BotContext>;
  webhookSecret: string;
  config: Config;
  client: Client;
  logger: Logger;
}

/** Resolves when the server has closed. `npm run cli -- webhook:set` points Telegram here. */
async function serveWebhook({
  bot,
  webhookSecret,
  config,
  client,
  logger,
}: WebhookServing): Promise<void> {
  const app = createServer({
    bot,
    webhookSecret,
    updates: createProcessedUpdates(client),
    health: createHealthCheck(client),
    logger,
    openData: { source: createOpenData(client), rateLimit: createApiRateLimit() },
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) =>
    console.log(`webhook server listening on ${info.address} port ${info.port}`),
  );
  await new Promise<void>((closed, failed) => {
    server.once("error", (error) =>
      failed(new Error(listenProblem(error, config.port, config.host))),
    );
    onShutdown(() => server.close(() => closed()));
  });
}

/** The first SIGINT or SIGTERM stops; the ones after it are echoes of it (or impatience), ignored. */
function onShutdown(stop: () => unknown): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log("stopping: finishing the messages under way");
      void stop();
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
