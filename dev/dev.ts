// `npm run dev`: the Cloudflare Worker on this machine, offline, in one command.
//
// 1. data/tanya.db (or DEV_DATABASE) migrated, and seeded if empty, as `npm start` does;
// 2. served over libSQL's HTTP protocol (dev/hrana), as Turso serves a database;
// 3. `wrangler dev` with DATABASE_URL pointing at it and a local BOT_INFO.
//
// Without TELEGRAM_BOT_TOKEN in .dev.vars the Worker talks to a local stand-in
// for the Bot API that prints what the bot sends, and each line typed here is
// posted to the Worker's webhook as a Telegram message: ask a question, read
// the answer. With a token in .dev.vars, the real Bot API is used instead.

import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { UserFromGetMe } from "grammy/types";
import { prepareDatabase } from "../src/store/db.ts";
import { startHranaServer } from "./hrana/server.ts";
import { startLocalBotApi } from "./local-bot-api.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DATABASE = resolve(ROOT, process.env.DEV_DATABASE ?? "data/tanya.db");
const WORKER_PORT = Number(process.env.DEV_PORT ?? 8787);
const HRANA_PORT = Number(process.env.DEV_DATABASE_PORT ?? 8788);

/** Who the bot is locally; a real deployment puts `npm run cli -- bot-info` in BOT_INFO. */
const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: "Tanya Adminduk (local)",
  username: "tanya_adminduk_local_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};
const LOCAL_SECRET = "local-dev-webhook-secret";
const LOCAL_USER_ID = 1001;

const log = (line: string) => console.log(`[dev] ${line}`);

const prepared = await prepareDatabase({ url: `file:${DATABASE}` });
prepared.client.close();
const hrana = await startHranaServer({ path: DATABASE, port: HRANA_PORT });
log(`${DATABASE} served over libSQL's HTTP protocol at ${hrana.url}`);

const devVars = readDevVars(resolve(ROOT, ".dev.vars"));
const offline = devVars.TELEGRAM_BOT_TOKEN === undefined;
const localApi = offline ? await startLocalBotApi(LOCAL_BOT_INFO, (line) => log(line)) : undefined;
const vars: Record<string, string> = {
  DATABASE_URL: hrana.url,
  ...(devVars.BOT_INFO === undefined ? { BOT_INFO: JSON.stringify(LOCAL_BOT_INFO) } : {}),
  ...(localApi === undefined
    ? {}
    : {
        TELEGRAM_BOT_TOKEN: "1:local-development-token-offline",
        TELEGRAM_API_ROOT: localApi.apiRoot,
        WEBHOOK_SECRET: LOCAL_SECRET,
        ADMIN_USER_IDS: String(LOCAL_USER_ID),
      }),
};
const wrangler = spawn(
  process.execPath,
  [
    resolve(ROOT, "node_modules/wrangler/bin/wrangler.js"),
    "dev",
    "--ip=127.0.0.1",
    `--port=${WORKER_PORT}`,
    // GET /__scheduled runs the Cron Trigger's delivery by hand.
    "--test-scheduled",
    ...Object.entries(vars).map(([name, value]) => `--var=${name}:${value}`),
  ],
  { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env: process.env },
);

async function shutdown(code: number): Promise<never> {
  wrangler.kill("SIGTERM");
  await hrana.close();
  await localApi?.close();
  process.exit(code);
}
wrangler.once("exit", (code) => void shutdown(code ?? 1));
process.once("SIGINT", () => void shutdown(0));
process.once("SIGTERM", () => void shutdown(0));

const origin = `http://127.0.0.1:${WORKER_PORT}`;
await waitForWorker(`${origin}/health`);
log(`the Worker serves ${origin}: POST /telegram, GET /health, GET /__scheduled (cron)`);
if (offline) askFromTheConsole();

/** Each line typed is a private message from a local user (an admin, for /draf and the like). */
function askFromTheConsole(): void {
  log("type a question (e.g. “IKD Kaltim”) and press Enter; Ctrl+C stops everything");
  let updateId = Date.now();
  const lines = createInterface({ input: process.stdin });
  lines.on("line", async (line) => {
    const text = line.trim();
    if (text === "") return;
    const user = { id: LOCAL_USER_ID, is_bot: false, first_name: "Dev", language_code: "id" };
    const command = /^\/\w+/.exec(text)?.[0];
    updateId += 1;
    const update = {
      update_id: updateId,
      message: {
        message_id: updateId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: user.id, type: "private", first_name: user.first_name },
        from: user,
        text,
        ...(command
          ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] }
          : {}),
      },
    };
    const response = await fetch(`${origin}/telegram`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "X-Telegram-Bot-Api-Secret-Token": LOCAL_SECRET,
      },
      body: JSON.stringify(update),
    }).catch((error: unknown) => error as Error);
    if (response instanceof Error) log(`the Worker did not answer: ${response.message}`);
    else if (!response.ok) log(`the Worker answered ${response.status}: ${await response.text()}`);
  });
}

async function waitForWorker(url: string): Promise<void> {
  for (;;) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** KEY=VALUE lines of wrangler's git-ignored .dev.vars, if there is one. */
function readDevVars(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const vars: Record<string, string> = {};
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match?.[1] !== undefined) vars[match[1]] = (match[2] ?? "").replace(/^"(.*)"$/, "$1");
  }
  return vars;
}
