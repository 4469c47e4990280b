// The database going away, before an update or in the middle of one, with real
// libSQL clients: the healthy one is an in-memory database with the real
// migrations and seed, the outage is a libSQL client pointed at a loopback port
// where nothing listens. Behind a webhook, Telegram must get a non-2xx answer
// (so it redelivers) and the user no apology; once the database is back, the
// redelivery is answered once, with no one restarting anything.

import { copyFileSync, renameSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { isStoreUnavailable } from "../../src/domain/store-unavailable.ts";
import type { ProcessedUpdates } from "../../src/domain/updates/ports.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createFactsSource } from "../../src/store/facts-repository.ts";
import { createProcessedUpdates } from "../../src/store/processed-updates.ts";
import { testBot, textUpdate, user } from "../bot/harness.ts";
import { freePort } from "../support/free-port.ts";
import { preparedFile, seededStore } from "../support/reference.ts";
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

/** A bot behind a webhook over a database file as `npm start` prepares it. */
async function servingFromFile() {
  const dir = await mkdtemp(join(tmpdir(), "tanya-gone-"));
  const path = join(dir, "tanya.db");
  const store = await preparedFile({ url: `file:${path}` });
  openClients.push(store.client);
  const engine = createEngine({ facts: createFactsSource(store.client), defaultProvince: "64" });
  await engine.lexicon();
  const bot = testBot(engine, { webhookMode: true });
  const web = webhookApp(bot.bot, store);
  const countRegions = () => store.client.execute("SELECT count(*) AS n FROM regions");
  return { dir, path, store, web, bot, countRegions };
}

const tempDirs: string[] = [];
afterEach(async () => {
  for (const dir of tempDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("a database file deleted while the bot runs", () => {
  it("turns /health 503 with the reason, and every update and write fails loudly", async () => {
    const { dir, path, store, web, bot } = await servingFromFile();
    tempDirs.push(dir);
    expect((await web.app.request("/health")).status).toBe(200);

    for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
    const health = await web.app.request("/health");
    const update = await web.deliver(textUpdate("IKD Berau"));
    const write = await store.client
      .execute("INSERT INTO processed_updates (update_id) VALUES (1)")
      .catch((error: unknown) => error);

    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({
      ok: false,
      reason: "the database file was deleted or replaced while in use: restore it, then restart",
    });
    expect(update.status).toBe(503);
    expect(bot.calls).toEqual([]);
    expect(isStoreUnavailable(write)).toBe(true);
    expect(String(write)).toContain(`the database file ${path} was deleted`);
  });

  it("is noticed too when another file is put in its place", async () => {
    const { dir, path, web, countRegions } = await servingFromFile();
    tempDirs.push(dir);
    await countRegions();
    copyFileSync(path, join(dir, "copy.db"));
    renameSync(join(dir, "copy.db"), path);

    const health = await web.app.request("/health");
    const read = await countRegions().catch((error: unknown) => error);

    expect(health.status).toBe(503);
    expect(String(read)).toContain(`the database file ${path} was replaced`);
  });
});

describe("a store that refuses writes", () => {
  it("turns /health 503 saying so, though reads still work; 200 again once writable", async () => {
    const { dir, web, store, countRegions } = await servingFromFile();
    tempDirs.push(dir);

    // The client's one connection: what a read-only file or token does to every write.
    await store.client.execute("PRAGMA query_only = ON");
    const readOnly = await web.app.request("/health");
    const read = await countRegions();
    await store.client.execute("PRAGMA query_only = OFF");
    const writable = await web.app.request("/health");

    expect(readOnly.status).toBe(503);
    expect(await readOnly.json()).toEqual({
      ok: false,
      reason: "the database refuses writes (SQLITE_READONLY)",
    });
    expect(web.errors).toEqual([
      "health check failed: the database refuses writes (SQLITE_READONLY)",
    ]);
    expect(Number(read.rows[0]?.n)).toBeGreaterThan(0);
    expect(writable.status).toBe(200);
  });
});
