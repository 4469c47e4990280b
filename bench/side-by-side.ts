// The project and the baseline bot (baseline-bot.ts) as Node webhook servers,
// side by side: each a child process on loopback, both calling the same fake
// Bot API in this process. Every update is a question in a private chat from
// its own user (so no flood limit applies), which each side answers with one
// sendMessage: the project after understanding it and reading the facts, the
// baseline with a constant text.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { textUpdate, user } from "../test/bot/harness.ts";
import { startTsx } from "../test/support/child-process.ts";
import { type FakeBotApi, startFakeBotApi } from "../test/support/fake-bot-api.ts";
import { freePort } from "../test/support/free-port.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../test/support/telegram-updates.ts";
import { SECRET_HEADER } from "../test/support/webhook-app.ts";
import { startWebhookServer } from "../test/support/webhook-process.ts";
import { corpus } from "./corpus.ts";

export const BENCH_SECRET = "side-by-side-secret";

export interface Side {
  name: "project" | "baseline";
  /** http://127.0.0.1:<port>/telegram */
  webhook: string;
  /** The server's process, for its CPU time. */
  pid: number;
}

export interface SideBySide {
  project: Side;
  baseline: Side;
  telegram: FakeBotApi;
  stop(): Promise<void>;
}

export async function startSideBySide(): Promise<SideBySide> {
  const telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  const dir = await mkdtemp(join(tmpdir(), "tanya-ratios-"));
  const botInfo = JSON.stringify(TEST_BOT_INFO);
  const project = await startWebhookServer({
    token: TEST_BOT_TOKEN,
    secret: BENCH_SECRET,
    apiRoot: telegram.apiRoot,
    databaseUrl: `file:${join(dir, "ratios.db")}`,
    env: { BOT_INFO: botInfo },
    readyWithinMs: 60_000,
  });
  const port = await freePort();
  const baseline = startTsx("bench/baseline-server.ts", [], {
    TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
    WEBHOOK_SECRET: BENCH_SECRET,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    BOT_INFO: botInfo,
    PORT: String(port),
  });
  const baselineOrigin = `http://127.0.0.1:${port}`;
  await answering(`${baselineOrigin}/health`, 60_000, baseline.output);
  return {
    project: { name: "project", webhook: `${project.origin}/telegram`, pid: project.pid },
    baseline: {
      name: "baseline",
      webhook: `${baselineOrigin}/telegram`,
      pid: baseline.child.pid as number,
    },
    telegram,
    async stop() {
      await Promise.all([project.stop(), baseline.stop()]);
      await telegram.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves once the URL answers 200; throws with the process's output after timeoutMs. */
export async function answering(url: string, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} not answering within ${timeoutMs} ms:\n${output()}`);
}

/** The n-th question: a corpus text in a private chat of user n, with update_id n. */
export function question(n: number): Update {
  const text = corpus[n % corpus.length] as string;
  return {
    ...textUpdate(text, { from: user(n % 3 === 0 ? "en" : "id", 1_000_000 + n) }),
    update_id: n,
  };
}

export const webhookHeaders = { "content-type": "application/json", [SECRET_HEADER]: BENCH_SECRET };
