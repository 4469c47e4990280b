// The database going away, before an update or in the middle of one, with real
// libSQL clients: the healthy one is an in-memory database with the real
// migrations and seed, the outage is a libSQL client pointed at a loopback port
// where nothing listens. Behind a webhook, Telegram must get a non-2xx answer
// (so it redelivers) and the user no apology; once the database is back, the
// redelivery is answered once, with no one restarting anything.

import type { Client } from "@libsql/client";
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import type { ProcessedUpdates } from "../../src/domain/updates/ports.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createFactsSource } from "../../src/store/facts-repository.ts";
import { createProcessedUpdates } from "../../src/store/processed-updates.ts";
import { testBot, textUpdate, user } from "../bot/harness.ts";
import { freePort } from "../support/free-port.ts";
import { seededStore } from "../support/reference.ts";
import { webhookApp } from "../support/webhook-app.ts";

/** A client that is the healthy database or the unreachable one, as the test switches it. */
interface SwitchableDatabase {
  client: Client;
  goDown(): void;
  comeBack(): void;
}

const openClients: Client[] = [];
afterEach(() => {
  for (const client of openClients.splice(0)) client.close();
});

async function switchableDatabase(healthy: Client): Promise<SwitchableDatabase> {
  const unreachable = openDatabase({ url: `http://127.0.0.1:${await freePort()}` }).client;
  openClients.push(healthy, unreachable);
  let current = healthy;
  const client = new Proxy(healthy, {
    get(_, property) {
      const member: unknown = Reflect.get(current, property, current);
      return typeof member === "function" ? member.bind(current) : member;
    },
  });
  return {
    client,
    goDown: () => {
      current = unreachable;
    },
    comeBack: () => {
      current = healthy;
    },
  };
}

interface OutageOptions {
  webhookMode: boolean;
  /** The database goes down right after the first claim: mid-update. */
  downAfterClaim?: boolean;
  /** A new server for every delivery, sharing what it must remember, as a Worker builds them. */
  serverPerRequest?: boolean;
}

async function outage(options: OutageOptions) {
  const store = await seededStore();
  const database = await switchableDatabase(store.client);
  const engine = createEngine({ facts: createFactsSource(database.client), defaultProvince: "64" });
  // Reference data is cached from here on, as in a running bot: what fails is the question's read.
  await engine.lexicon();
  const bot = testBot(engine, { webhookMode: options.webhookMode });
  const claims = createProcessedUpdates(database.client);
  let downAfterClaim = options.downAfterClaim ?? false;
  const updates: ProcessedUpdates = {
    async claim(updateId) {
      const claimed = await claims.claim(updateId);
      if (downAfterClaim) database.goDown();
      downAfterClaim = false;
      return claimed;
    },
    finish: (updateId, options) => claims.finish(updateId, options),
    release: (updateId) => claims.release(updateId),
  };
  const serverLog: string[] = [];
  const unreleasedClaims = new Set<number>();
  const server = () =>
    webhookApp(
      bot.bot,
      { client: database.client },
      { updates, unreleasedClaims, logger: { error: (message) => serverLog.push(message) } },
    );
  const web = server();
  const timesClaimed = async (update: Update) => {
    const { rows } = await store.client.execute({
      sql: "SELECT COUNT(*) AS n FROM processed_updates WHERE update_id = ?",
      args: [update.update_id],
    });
    return Number(rows[0]?.n);
  };
  return {
    app: web.app,
    deliver: (update: Update) => (options.serverPerRequest ? server() : web).deliver(update),
    serverLog,
    send: bot.send,
    calls: bot.calls,
    sent: bot.sent,
    botLog: bot.errors,
    database,
    timesClaimed,
  };
}

describe("behind a webhook, a database outage", () => {
  it("when the update arrives: 503 and no reply; the redelivery is answered once it is back", async () => {
    const { deliver, app, sent, calls, database, timesClaimed } = await outage({
      webhookMode: true,
    });
    const update = textUpdate("IKD Berau");

    database.goDown();
    const during = await deliver(update);
    const healthDuring = await app.request("/health");
    database.comeBack();
    const redelivered = await deliver(update);

    expect(during.status).toBe(503);
    expect(await during.json()).toEqual({ ok: false, error: "store unavailable" });
    expect(healthDuring.status).toBe(503);
    expect(redelivered.status).toBe(200);
    expect(calls.map((c) => c.method)).toEqual(["sendMessage"]);
    expect(sent("sendMessage")[0]?.text).toContain("1,74%");
    expect(await timesClaimed(update)).toBe(1);
    expect((await app.request("/health")).status).toBe(200);
  });

  it.each([
    ["one server", false],
    ["a server per request, as on Workers", true],
  ])(
    "mid-update (%s): 503, no apology, and the claim given back though its release failed at first",
    async (_, serverPerRequest) => {
      const { deliver, calls, serverLog, botLog, sent, database, timesClaimed } = await outage({
        webhookMode: true,
        downAfterClaim: true,
        serverPerRequest,
      });
      const update = textUpdate("kabupaten mana KIA terendah?");

      const failed = await deliver(update);
      const redeliveredWhileDown = await deliver(update);
      expect(await timesClaimed(update)).toBe(1);
      database.comeBack();
      const redelivered = await deliver(update);

      expect(failed.status).toBe(503);
      expect(redeliveredWhileDown.status).toBe(503);
      expect(botLog).toEqual([]);
      expect(serverLog).toEqual([
        `update ${update.update_id}: claim not released`,
        `update ${update.update_id}: store unavailable; released for redelivery`,
        `update ${update.update_id}: store unavailable, not taken on`,
      ]);
      expect(redelivered.status).toBe(200);
      expect(calls.map((c) => c.method)).toEqual(["sendMessage"]);
      expect(sent("sendMessage")[0]?.text).toContain("Kabupaten Kutai Barat");
      expect(await timesClaimed(update)).toBe(1);
    },
  );

  it("is told apart from a bug, which is apologised for and acknowledged (no redelivery)", async () => {
    const store = await seededStore();
    const engine = createEngine({ facts: store.facts, defaultProvince: "64" });
    const broken: Engine = { ...engine, ask: () => Promise.reject(new Error("a bug")) };
    const bot = testBot(broken, { webhookMode: true });
    const { deliver } = webhookApp(bot.bot, store);

    const response = await deliver(textUpdate("IKD Berau", { from: user("en") }));

    expect(response.status).toBe(200);
    expect(bot.sent("sendMessage").map((m) => m.text)).toEqual([
      "Sorry, something went wrong while answering. Please try again shortly.",
    ]);
  });
});

describe("when polling, a database outage", () => {
  it("gets the user an apology, since a polled update cannot be had again", async () => {
    const { send, sent, botLog, database } = await outage({ webhookMode: false });

    database.goDown();
    await send(textUpdate("IKD Berau", { from: user("en") }));

    expect(sent("sendMessage").map((m) => m.text)).toEqual([
      "Sorry, something went wrong while answering. Please try again shortly.",
    ]);
    expect(botLog.map((e) => e.message)).toEqual(["update failed"]);
  });
});
