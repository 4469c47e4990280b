// Source watching on the Worker as Cloudflare runs it: wrangler bundles
// src/worker.ts and serves it from workerd on loopback; its database is a
// SQLite file behind a local libSQL (Hrana over HTTP) server, its Bot API a
// fake, its news site a fake with an article written for this test. The Cron
// Trigger's pass must fetch the feed and the article inside workerd (linkedom
// and Readability without nodejs_compat), read it with the importer and send
// the owner the candidate.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HranaServer, startHranaServer } from "../../dev/hrana/server.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { type FakeBotApi, startFakeBotApi } from "../support/fake-bot-api.ts";
import { preparedFile } from "../support/reference.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { startWranglerDev, type WranglerDev } from "../support/wrangler-dev.ts";
import { type FakeSite, fakeSite } from "./fake-source-server.ts";

const STARTUP_MS = 60_000;
const OWNER = 7001;

let dir: string;
let worker: WranglerDev | undefined;
let site: FakeSite;
let api: FakeBotApi;
let database: HranaServer;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tanya-worker-watch-"));
  file = join(dir, "tanya.db");
  const prepared = await preparedFile({ url: `file:${file}` });
  site = await fakeSite();
  await createAdminStore(prepared.client).watchSources.add({
    url: `${site.base}/feed.xml`,
    kind: "feed",
    keywords: null,
    regionCode: null,
    createdBy: "test",
  });
  prepared.client.close();
  database = await startHranaServer({ path: file });
  api = await startFakeBotApi(TEST_BOT_TOKEN);
  worker = await startWranglerDev(
    {
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      WEBHOOK_SECRET: "worker-watch-secret",
      BOT_INFO: JSON.stringify(TEST_BOT_INFO),
      DATABASE_URL: database.url,
      TELEGRAM_API_ROOT: api.apiRoot,
      ADMIN_USER_IDS: String(OWNER),
    },
    STARTUP_MS,
  );
}, STARTUP_MS + 10_000);

afterAll(async () => {
  await worker?.stop();
  await Promise.all([site?.close(), api?.close(), database?.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe("the Cron Trigger in workerd", () => {
  it("finds a new article on a watched feed and sends the owner its candidate", async () => {
    site.publish({
      path: "/daerah/akta-kutim",
      title: "Akta kelahiran anak di Kutai Timur",
      paragraphs: [
        "SANGATTA – Disdukcapil Kabupaten Kutai Timur mencatat kepemilikan akta kelahiran anak di Kabupaten Kutai Timur mencapai 91,3 persen per 31 Mei 2025.",
      ],
    });

    const response = await fetch(`${worker?.origin}/__scheduled?cron=*+*+*+*+*`);
    expect(response.status).toBe(200);

    const sent = await api
      .waitForCall(
        (call) => call.method === "sendMessage" && String(call.payload.text).includes("Kandidat"),
        30_000,
      )
      .catch((error: Error) => {
        throw new Error(`${error.message}\n--- wrangler output ---\n${worker?.process.output()}`);
      });
    expect(sent.payload.chat_id).toBe(OWNER);
    const text = String(sent.payload.text);
    expect(text).toContain("Akta kelahiran Kabupaten Kutai Timur: 91,30%");
    expect(text).toContain("mencapai 91,3 persen per 31 Mei 2025");
    expect(text).toContain("Data per: 31 Mei 2025");
    expect(site.requests.map((r) => r.path)).toEqual(["/feed.xml", "/daerah/akta-kutim"]);
  }, 45_000);
});
