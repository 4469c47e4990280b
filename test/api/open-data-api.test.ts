// The open-data API on Node (app.request) over a real seeded libSQL store: the
// contract shared with the Worker (test/api/contract-scenarios.ts), then what
// the seeded data says, the rate limit and refusals, and the mounting.

import type { Client } from "@libsql/client";
import { Bot } from "grammy";
import { beforeAll, describe, expect, it } from "vitest";
import { openDataApi } from "../../src/server/api/open-data-api.ts";
import { createApiRateLimit } from "../../src/server/api/rate-limit.ts";
import { createServer } from "../../src/server/create-server.ts";
import { createHealthCheck } from "../../src/store/health-check.ts";
import { createOpenData } from "../../src/store/open-data.ts";
import { createProcessedUpdates } from "../../src/store/processed-updates.ts";
import { bumpDataVersion } from "../support/data-version.ts";
import { EVERY_RELEASE, seededStore } from "../support/reference.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { describeApiContract, documented, type OpenApiDocument } from "./contract-scenarios.ts";
import { schemaProblems } from "./json-schema-check.ts";

const errors: string[] = [];
let client: Client;
let api: ReturnType<typeof openDataApi>;
let doc: OpenApiDocument;

beforeAll(async () => {
  ({ client } = await seededStore(EVERY_RELEASE));
  // A draft with a value nobody may see through the API until it is published.
  await client.batch([
    `INSERT INTO releases (id, as_of, title, source, status) VALUES (900, '2030-01-31', 'Draft', 'Test', 'draft')`,
    `INSERT INTO observations (release_id, indicator, region_code, value) VALUES (900, 'ikd', '64.03', 77.7)`,
  ]);
  api = openDataApi({ source: createOpenData(client), logger: { error: (m) => errors.push(m) } });
  doc = (await (await api.request("/openapi.json")).json()) as OpenApiDocument;
});

/** The JSON body, loosely typed: its shape is what the schema checks assert. */
// biome-ignore lint/suspicious/noExplicitAny: test reads of checked JSON
async function getJson(url: string, status = 200): Promise<any> {
  const response = await api.request(url);
  expect(response.status).toBe(status);
  return response.json();
}

describe("the contract", () => {
  describeApiContract(() => ({
    request: (path, init) => Promise.resolve(api.request(path, init)),
    changeData: async () => {
      await client.execute(bumpDataVersion);
    },
  }));
});

describe("what the data says", () => {
  it("gives only published values, never a draft's", async () => {
    const { observations } = await getJson("/observations?release=all");
    expect(observations.some((o: { releaseId: number }) => o.releaseId === 900)).toBe(false);
    const releases = (await getJson("/releases")).releases as { id: number }[];
    expect(releases.map((r) => r.id)).not.toContain(900);
  });

  it("gives the current value per indicator and region by default, as the bot answers", async () => {
    const current = (await getJson("/observations?indicator=ikd&region=64.03")).observations;
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({
      regionName: "Kabupaten Berau",
      value: 1.74,
      sourceRank: "lowest",
      asOf: "2024-06-13",
      source: "DKP3A Provinsi Kalimantan Timur",
    });
  });

  it("gives one release's values for release=ID", async () => {
    const releases = (await getJson("/releases")).releases as { id: number }[];
    const oldest = releases.at(-1)?.id as number;
    const { observations } = await getJson(`/observations?release=${oldest}`);
    expect(observations.length).toBeGreaterThan(0);
    expect(new Set(observations.map((o: { releaseId: number }) => o.releaseId))).toEqual(
      new Set([oldest]),
    );
  });
});

describe("fair use and refusals", () => {
  it("limits each client address on its own", async () => {
    const limited = openDataApi({
      source: createOpenData(client),
      rateLimit: createApiRateLimit({ limit: 3 }),
      logger: { error: (m) => errors.push(m) },
    });
    const from = (ip: string) =>
      limited.request("/indicators", { headers: { "cf-connecting-ip": ip } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await from("203.0.113.7")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await from("203.0.113.8")).status).toBe(200);
  });

  it("answers 503 without details when the database does not answer", async () => {
    const { client: closed } = await seededStore();
    closed.close();
    const seen: string[] = [];
    const broken = openDataApi({
      source: createOpenData(closed),
      logger: { error: (m) => seen.push(m) },
    });
    const response = await broken.request("/releases");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      ok: false,
      error: "the data cannot be read right now",
    });
    expect(seen).toEqual(["GET /releases failed"]);
  });
});

describe("mounted on the server", () => {
  it("serves /api/v1 beside the webhook", async () => {
    const app = createServer({
      bot: new Bot(TEST_BOT_TOKEN, { botInfo: TEST_BOT_INFO }),
      webhookSecret: "secret",
      updates: createProcessedUpdates(client),
      health: createHealthCheck(client),
      logger: { error: (m) => errors.push(m) },
      openData: { source: createOpenData(client) },
    });
    const response = await app.request("/api/v1/indicators");
    expect(response.status).toBe(200);
    expect(schemaProblems(documented(doc, "/indicators", 200), await response.json())).toEqual([]);
    expect((await app.request("/api/v1/openapi.json")).status).toBe(200);
  });

  // The API is built on its first request (lazy-open-data-api.ts): what it
  // does not serve still gets the server's own answers.
  it("leaves unknown paths under /api/v1 to the server's not-found answer", async () => {
    const app = createServer({
      bot: new Bot(TEST_BOT_TOKEN, { botInfo: TEST_BOT_INFO }),
      webhookSecret: "secret",
      updates: createProcessedUpdates(client),
      health: createHealthCheck(client),
      logger: { error: (m) => errors.push(m) },
      openData: { source: createOpenData(client), rateLimit: createApiRateLimit({ limit: 2 }) },
    });
    expect((await app.request("/api/v1/regions")).status).toBe(200);
    const unknown = await app.request("/api/v1/nothing-here");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error: "not found" });
    // The API's middleware ran for it, as for any path under /api/v1: CORS, and the count.
    expect(unknown.headers.get("access-control-allow-origin")).toBe("*");
    expect((await app.request("/api/v1/regions")).status).toBe(429);
  });
});
