// `npm start` as a webhook server, the way an operator runs it behind a proxy:
// a real process with an embedded database, listening on loopback only, with
// its Bot API calls going to TELEGRAM_API_ROOT. Resolves once GET /health
// answers 200 (the database is migrated and seeded, the server listens).

import { type RunningProcess, startTsx } from "./child-process.ts";
import { freePort } from "./free-port.ts";

export interface WebhookProcess extends RunningProcess {
  /** http://127.0.0.1:<port> */
  origin: string;
  pid: number;
}

export interface WebhookSettings {
  token: string;
  secret: string;
  apiRoot: string;
  databaseUrl: string;
  /** Further variables: BOT_INFO, DATABASE_AUTH_TOKEN, ... */
  env?: Record<string, string>;
  readyWithinMs: number;
}

export async function startWebhookServer(settings: WebhookSettings): Promise<WebhookProcess> {
  const port = await freePort();
  const running = startTsx("src/main.ts", [], {
    TELEGRAM_BOT_TOKEN: settings.token,
    WEBHOOK_URL: "https://bot.example.invalid/telegram",
    WEBHOOK_SECRET: settings.secret,
    TELEGRAM_API_ROOT: settings.apiRoot,
    DATABASE_URL: settings.databaseUrl,
    HOST: "127.0.0.1",
    PORT: String(port),
    ...settings.env,
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await healthy(origin, running, settings.readyWithinMs);
  } catch (error) {
    await running.stop();
    throw error;
  }
  return { ...running, origin, pid: running.child.pid as number };
}

async function healthy(origin: string, running: RunningProcess, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) break;
    const status = await fetch(`${origin}/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`webhook server not healthy within ${withinMs} ms:\n${running.output()}`);
}
