// The Worker as Cloudflare would run it: wrangler bundles src/worker.ts and
// serves it from workerd on loopback, offline. No database is reachable, which
// is the point: routing, the secret check and the error answers must hold anyway.

import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningProcess, start } from "../support/child-process.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

const SECRET = "worker-smoke-secret";
const STARTUP_MS = 45_000;

let worker: RunningProcess;
let origin: string;

beforeAll(async () => {
  const [port, inspectorPort, noDatabasePort] = await freePorts(3);
  origin = `http://127.0.0.1:${port}`;
  const vars = {
    TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
    WEBHOOK_SECRET: SECRET,
    BOT_INFO: JSON.stringify(TEST_BOT_INFO),
    DATABASE_URL: `http://127.0.0.1:${noDatabasePort}`,
  };
  worker = start(
    process.execPath,
    [
      "node_modules/wrangler/bin/wrangler.js",
      "dev",
      // Serves /__scheduled, which runs the Cron Trigger's handler.
      "--test-scheduled",
      "--ip=127.0.0.1",
      `--port=${port}`,
      `--inspector-port=${inspectorPort}`,
      ...Object.entries(vars).map(([name, value]) => `--var=${name}:${value}`),
    ],
    { WRANGLER_SEND_METRICS: "false" },
  );
  await waitUntilServing(`${origin}/health`, STARTUP_MS);
}, STARTUP_MS + 5_000);

afterAll(() => worker?.stop());

describe("the Worker bundle in workerd", () => {
  it("routes GET /health to the app, which answers 503 JSON without a database", async () => {
    const response = await fetch(`${origin}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false });
  });

  it("answers a bad secret with 401", async () => {
    const response = await postUpdate("not-the-secret");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: "unauthorized" });
  });

  it("answers a good update it cannot record with 503, so Telegram redelivers it later", async () => {
    const response = await postUpdate(SECRET);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, error: "store unavailable" });
  });

  it("runs the Cron Trigger's delivery without a database: the failure is logged, not thrown", async () => {
    const response = await fetch(`${origin}/__scheduled?cron=*+*+*+*+*`);
    expect(response.status).toBe(200);
    await expect.poll(() => worker.output()).toContain("delivery run failed");
  });

  it("serves the open-data API's OpenAPI document, and 503 for data it cannot read", async () => {
    const document = await fetch(`${origin}/api/v1/openapi.json`);
    expect(document.status).toBe(200);
    const { paths } = (await document.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(paths)).toContain("/observations");
    const data = await fetch(`${origin}/api/v1/regions`, {
      headers: { origin: "https://a.example" },
    });
    expect(data.status).toBe(503);
    expect(data.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers unknown paths with JSON 404", async () => {
    const response = await fetch(`${origin}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ok: false, error: "not found" });
  });
});

function postUpdate(secret: string): Promise<Response> {
  return fetch(`${origin}/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret },
    body: JSON.stringify({ update_id: 1 }),
  });
}

/** Ports that were free a moment ago: the OS picks them, and they are released at once. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve) => {
          server.listen(0, "127.0.0.1", () => {
            const address = server.address();
            resolve(typeof address === "object" && address !== null ? address.port : 0);
          });
        }),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

async function waitUntilServing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (worker.child.exitCode !== null) break;
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not serve ${url}\n--- output ---\n${worker.output()}`);
}
