// The open-data API on Node (app.request) over a real seeded libSQL store:
// every documented answer is checked against the OpenAPI document the API
// itself serves, then formats, caching, CORS, rate limit and refusals.

import type { Client } from "@libsql/client";
import { Bot } from "grammy";
import { beforeAll, describe, expect, it } from "vitest";
import { openDataApi } from "../../src/server/api/open-data-api.ts";
import { createApiRateLimit } from "../../src/server/api/rate-limit.ts";
import { createServer } from "../../src/server/create-server.ts";
import { bumpDataVersion } from "../../src/store/data-version.ts";
import { createHealthCheck } from "../../src/store/health-check.ts";
import { createOpenData } from "../../src/store/open-data.ts";
import { createProcessedUpdates } from "../../src/store/processed-updates.ts";
import { EVERY_RELEASE, seededStore } from "../support/reference.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { type JsonSchema, schemaProblems } from "./json-schema-check.ts";

interface OpenApiDocument {
  servers: { url: string }[];
  paths: Record<
    string,
    {
      get: {
        parameters?: { name: string }[];
        responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
      };
    }
  >;
}

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

/** The schema the document gives for this path's answer with this status. */
function documented(path: string, status: number): JsonSchema {
  const schema = doc.paths[path]?.get.responses[status]?.content?.["application/json"]?.schema;
  if (schema === undefined) throw new Error(`${path} ${status} is not documented`);
  return schema;
}

/** The JSON body, loosely typed: its shape is what the schema checks assert. */
// biome-ignore lint/suspicious/noExplicitAny: test reads of checked JSON
async function getJson(url: string, status = 200): Promise<any> {
  const response = await api.request(url);
  expect(response.status).toBe(status);
  return response.json();
}

describe("the OpenAPI document", () => {
  it("documents every list with its query parameters, relative to /api/v1", () => {
    expect(doc.servers).toEqual([{ url: "/api/v1" }]);
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/indicators",
      "/observations",
      "/regions",
      "/releases",
    ]);
    const parameters = doc.paths["/observations"]?.get.parameters;
    expect(parameters?.map((p) => p.name).sort()).toEqual(["indicator", "region", "release"]);
  });
});

describe("answers match the document", () => {
  it.each([
    "/indicators",
    "/regions",
    "/releases",
    "/observations",
    "/observations?indicator=ikd&release=all",
    "/observations?region=64.03",
    "/observations?region=ID",
  ])("%s", async (url) => {
    const body = await getJson(url);
    const path = url.split("?")[0] as string;
    expect(schemaProblems(documented(path, 200), body)).toEqual([]);
  });

  it("refusals match the document and name the problem", async () => {
    const malformed = await getJson("/observations?region=Berau", 400);
    expect(schemaProblems(documented("/observations", 400), malformed)).toEqual([]);
    expect(malformed.error).toMatch(/^region: /);
    for (const [url, error] of [
      ["/observations?indicator=ktp", "unknown indicator: ktp"],
      ["/observations?region=99.99", "unknown region: 99.99"],
      ["/observations?release=900", "unknown release: 900"],
    ] as const) {
      const body = await getJson(url, 404);
      expect(schemaProblems(documented("/observations", 404), body)).toEqual([]);
      expect(body.error).toBe(error);
    }
  });

  it("the checker itself rejects a wrong answer", () => {
    const schema = documented("/releases", 200);
    expect(schemaProblems(schema, { dataVersion: 1, releases: [{ id: "1" }] })).not.toEqual([]);
  });
});

describe("what the data says", () => {
  it("gives only published values, each with release, source and data date", async () => {
    const { observations } = await getJson("/observations?release=all");
    expect(observations.length).toBeGreaterThan(10);
    expect(observations.some((o: { releaseId: number }) => o.releaseId === 900)).toBe(false);
    const releases = (await getJson("/releases")).releases as { id: number }[];
    expect(releases.map((r) => r.id)).not.toContain(900);
    for (const o of observations) {
      expect(releases.map((r) => r.id)).toContain(o.releaseId);
      expect(o.source).not.toBe("");
      expect(o.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
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

describe("CSV", () => {
  it("answers the same rows as CSV with a .csv path or Accept: text/csv", async () => {
    const json = (await getJson("/observations?indicator=kia&release=all")).observations;
    const bySuffix = await api.request("/observations.csv?indicator=kia&release=all");
    const byAccept = await api.request("/observations?indicator=kia&release=all", {
      headers: { accept: "text/csv" },
    });
    expect(bySuffix.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await bySuffix.text();
    expect(await byAccept.text()).toBe(text);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "indicator,regionCode,regionName,value,unit,count,sourceRank,corrected,releaseId,releaseTitle,source,sourceUrl,asOf,asOfPrecision",
    );
    expect(lines).toHaveLength(json.length + 1);
    expect(lines[1]).toContain(`,${json[0].value},`);
  });

  it("has a CSV for every list", async () => {
    for (const [path, header] of [
      ["/indicators.csv", "slug,nameId,nameEn,shortId,shortEn,unit,descriptionId,descriptionEn"],
      ["/regions.csv", "code,name,level,parentCode"],
      ["/releases.csv", "id,title,source,sourceUrl,asOf,asOfPrecision,presentedOn"],
    ]) {
      const text = await (await api.request(path as string)).text();
      expect(text.split("\r\n")[0]).toBe(header);
    }
  });
});

describe("caching by data version", () => {
  it("answers 304 to the current ETag and 200 once an admin write changed the data", async () => {
    const first = await api.request("/regions");
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^"v\d+-json"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");

    const again = await api.request("/regions", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const csv = await api.request("/regions.csv", { headers: { "if-none-match": etag } });
    expect(csv.status).toBe(200);

    await client.execute(bumpDataVersion);
    const changed = await api.request("/regions", { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});

describe("for other sites and fair use", () => {
  it("allows any origin, preflight included", async () => {
    const simple = await api.request("/indicators", { headers: { origin: "https://example.org" } });
    expect(simple.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = await api.request("/observations", {
      method: "OPTIONS",
      headers: { origin: "https://example.org", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });

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
    expect(schemaProblems(documented("/indicators", 200), await response.json())).toEqual([]);
    expect((await app.request("/api/v1/openapi.json")).status).toBe(200);
  });
});
