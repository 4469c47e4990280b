// A server built for every request (a Worker's) routes with another router:
// the same answers as the default one, route by route.

import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import type { ProcessedUpdates } from "../../src/domain/updates/ports.ts";
import { createServer } from "../../src/server/create-server.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

const SECRET = "built-per-request-secret";

const unusedUpdates: ProcessedUpdates = {
  claim: () => Promise.reject(new Error("not reached")),
  finish: () => Promise.reject(new Error("not reached")),
  release: () => Promise.reject(new Error("not reached")),
};

function appFor(builtPerRequest: boolean) {
  return createServer({
    bot: new Bot(TEST_BOT_TOKEN, { botInfo: TEST_BOT_INFO }),
    webhookSecret: SECRET,
    updates: unusedUpdates,
    health: async () => ({ releaseAsOf: "2024-06-13" }),
    logger: { error: () => {} },
    builtPerRequest,
  });
}

describe("a server built per request", () => {
  it.each([
    ["GET", "/health", {}],
    ["POST", "/telegram", {}],
    ["POST", "/telegram", { "X-Telegram-Bot-Api-Secret-Token": "wrong" }],
    ["POST", "/telegram", { "X-Telegram-Bot-Api-Secret-Token": SECRET }],
    ["GET", "/telegram", {}],
    ["GET", "/", {}],
    ["POST", "/health", {}],
  ])("answers %s %s as the default server does", async (method, path, headers) => {
    const request = () => ({ method, headers, ...(method === "POST" ? { body: "not json" } : {}) });
    const perRequest = await appFor(true).request(path, request());
    const shared = await appFor(false).request(path, request());

    expect(perRequest.status).toBe(shared.status);
    expect(await perRequest.json()).toEqual(await shared.json());
  });
});
