import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import type { HealthCheck, ProcessedUpdates } from "../../src/domain/updates/ports.ts";
import { createServer } from "../../src/server/create-server.ts";
import { createHealthCheck } from "../../src/store/health-check.ts";
import { seededStore } from "../support/reference.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

const SECRET = "secret";

/** A store that fails with details a caller must never see. */
const brokenUpdates: ProcessedUpdates = {
  claim: () => Promise.reject(new Error("SQLITE_CANTOPEN: /srv/private/tanya.db")),
  finish: () => Promise.reject(new Error("SQLITE_CANTOPEN: /srv/private/tanya.db")),
  release: () => Promise.reject(new Error("SQLITE_CANTOPEN: /srv/private/tanya.db")),
};

function appWith(health: HealthCheck, errors: string[] = []) {
  return createServer({
    bot: new Bot(TEST_BOT_TOKEN, { botInfo: TEST_BOT_INFO }),
    webhookSecret: SECRET,
    updates: brokenUpdates,
    health,
    logger: { error: (message) => errors.push(message) },
  });
}

describe("GET /health", () => {
  it("answers 200 with the current release date from the store", async () => {
    const { client } = await seededStore();
    const response = await appWith(createHealthCheck(client)).request("/health");

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, release: "2024-06-13" });
  });

  it("answers 503 with what failed, never the error's own message, when the database does not answer", async () => {
    const { client } = await seededStore();
    client.close();
    const errors: string[] = [];
    const response = await appWith(createHealthCheck(client), errors).request("/health");

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      ok: false,
      reason: "the database cannot be read (CLIENT_CLOSED)",
    });
    expect(errors).toEqual(["health check failed: the database cannot be read (CLIENT_CLOSED)"]);
  });
});

describe("everything else", () => {
  const app = appWith(async () => ({ releaseAsOf: null }));

  it.each([
    ["GET", "/"],
    ["GET", "/telegram"],
    ["POST", "/health"],
    ["GET", "/telegram/extra"],
  ])("answers %s %s with JSON 404", async (method, path) => {
    const response = await app.request(path, { method });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ ok: false, error: "not found" });
  });

  it("answers an unexpected failure with JSON 500 that reveals nothing", async () => {
    const errors: string[] = [];
    const response = await appWith(async () => ({ releaseAsOf: null }), errors).request(
      "/telegram",
      {
        method: "POST",
        headers: { "X-Telegram-Bot-Api-Secret-Token": SECRET },
        body: JSON.stringify({ update_id: 1 }),
      },
    );

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ ok: false, error: "internal error" });
    expect(errors).toEqual(["POST /telegram failed"]);
  });
});
