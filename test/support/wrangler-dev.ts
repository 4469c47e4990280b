// `wrangler dev` as a child process: wrangler bundles src/worker.ts and serves it
// from workerd on loopback, offline, as Cloudflare would run it. Start one per
// test file and share it between scenarios: each costs seconds of CPU.

import { type RunningProcess, start } from "./child-process.ts";
import { freePort } from "./free-port.ts";

export interface WranglerDev {
  origin: string;
  process: RunningProcess;
  stop(): Promise<void>;
}

export interface WranglerOptions {
  /** Another wrangler config than the project's wrangler.toml (a test's queues, say). */
  config?: string;
  /** Where wrangler keeps local state (queues, caches): a test's temp directory. */
  persistTo?: string;
}

/** Starts wrangler dev with these vars and resolves once the Worker answers HTTP. */
export async function startWranglerDev(
  vars: Record<string, string>,
  timeoutMs: number,
  options: WranglerOptions = {},
): Promise<WranglerDev> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const running = start(
    process.execPath,
    [
      "node_modules/wrangler/bin/wrangler.js",
      "dev",
      // Serves /__scheduled, which runs the Cron Trigger's handler.
      "--test-scheduled",
      "--ip=127.0.0.1",
      `--port=${port}`,
      `--inspector-port=${inspectorPort}`,
      ...(options.config === undefined ? [] : [`--config=${options.config}`]),
      ...(options.persistTo === undefined ? [] : [`--persist-to=${options.persistTo}`]),
      ...Object.entries(vars).map(([name, value]) => `--var=${name}:${value}`),
    ],
    { WRANGLER_SEND_METRICS: "false" },
  );
  await waitUntilAnswering(`${origin}/health`, running, timeoutMs);
  return { origin, process: running, stop: () => running.stop() };
}

/** Polls until the URL answers at all (any status), the process exits, or time runs out. */
async function waitUntilAnswering(
  url: string,
  running: RunningProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && running.child.exitCode === null) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await running.stop();
  throw new Error(`wrangler dev did not serve ${url}\n--- output ---\n${running.output()}`);
}
