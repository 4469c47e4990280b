// The open-data API's contract, as scenarios every host runs: on Node through
// app.request (test/api/open-data-api.test.ts) and on the Worker in workerd
// over HTTP (test/workers/worker.test.ts). Every documented answer is checked
// against the OpenAPI document the API itself serves; then the formats,
// caching by data version and CORS. Only what holds for any seeded data is
// asserted here; the values themselves are checked on Node.

import { beforeAll, describe, expect, it } from "vitest";
import { type JsonSchema, schemaProblems } from "./json-schema-check.ts";

export interface OpenApiDocument {
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

export interface ApiHost {
  /** A request to a path under /api/v1 ("/regions?x=y"). */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** An admin write that changes the data version, as publishing does. */
  changeData(): Promise<void>;
}

/** The schema the document gives for this path's answer with this status. */
export function documented(doc: OpenApiDocument, path: string, status: number): JsonSchema {
  const schema = doc.paths[path]?.get.responses[status]?.content?.["application/json"]?.schema;
  if (schema === undefined) throw new Error(`${path} ${status} is not documented`);
  return schema;
}

/** Registers the contract's scenarios; `host` is read once the suite's beforeAll ran. */
export function describeApiContract(host: () => ApiHost): void {
  let doc: OpenApiDocument;

  beforeAll(async () => {
    const response = await host().request("/openapi.json");
    expect(response.status).toBe(200);
    doc = (await response.json()) as OpenApiDocument;
  });

  /** The JSON body, loosely typed: its shape is what the schema checks assert. */
  // biome-ignore lint/suspicious/noExplicitAny: test reads of checked JSON
  async function getJson(url: string, status = 200): Promise<any> {
    const response = await host().request(url);
    expect(response.status, url).toBe(status);
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
      expect(schemaProblems(documented(doc, path, 200), body)).toEqual([]);
    });

    it("refusals match the document and name the problem", async () => {
      const malformed = await getJson("/observations?region=Berau", 400);
      expect(schemaProblems(documented(doc, "/observations", 400), malformed)).toEqual([]);
      expect(malformed.error).toMatch(/^region: /);
      for (const [url, error] of [
        ["/observations?indicator=ktp", "unknown indicator: ktp"],
        ["/observations?region=99.99", "unknown region: 99.99"],
        ["/observations?release=900", "unknown release: 900"],
      ] as const) {
        const body = await getJson(url, 404);
        expect(schemaProblems(documented(doc, "/observations", 404), body)).toEqual([]);
        expect(body.error).toBe(error);
      }
    });

    it("the checker itself rejects a wrong answer", () => {
      const schema = documented(doc, "/releases", 200);
      expect(schemaProblems(schema, { dataVersion: 1, releases: [{ id: "1" }] })).not.toEqual([]);
    });

    it("every value comes with a published release, its source and data date", async () => {
      const { observations } = await getJson("/observations?release=all");
      expect(observations.length).toBeGreaterThan(10);
      const releases = new Set(
        ((await getJson("/releases")).releases as { id: number }[]).map((r) => r.id),
      );
      for (const o of observations) {
        expect(releases.has(o.releaseId)).toBe(true);
        expect(o.source).not.toBe("");
        expect(o.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  });

  describe("CSV", () => {
    it("answers the same rows as CSV with a .csv path or Accept: text/csv", async () => {
      const json = (await getJson("/observations?indicator=kia&release=all")).observations;
      const bySuffix = await host().request("/observations.csv?indicator=kia&release=all");
      const byAccept = await host().request("/observations?indicator=kia&release=all", {
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
        const text = await (await host().request(path as string)).text();
        expect(text.split("\r\n")[0]).toBe(header);
      }
    });
  });

  describe("caching by data version", () => {
    it("answers 304 to the current ETag and 200 once an admin write changed the data", async () => {
      const first = await host().request("/regions");
      const etag = first.headers.get("etag") as string;
      expect(etag).toMatch(/^"v\d+-json"$/);
      expect(first.headers.get("cache-control")).toBe("public, max-age=300");

      const again = await host().request("/regions", { headers: { "if-none-match": etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      const csv = await host().request("/regions.csv", { headers: { "if-none-match": etag } });
      expect(csv.status).toBe(200);

      await host().changeData();
      const changed = await host().request("/regions", { headers: { "if-none-match": etag } });
      expect(changed.status).toBe(200);
      expect(changed.headers.get("etag")).not.toBe(etag);
    });
  });

  describe("for other sites", () => {
    it("allows any origin, preflight included", async () => {
      const simple = await host().request("/indicators", {
        headers: { origin: "https://example.org" },
      });
      expect(simple.headers.get("access-control-allow-origin")).toBe("*");
      const preflight = await host().request("/observations", {
        method: "OPTIONS",
        headers: { origin: "https://example.org", "access-control-request-method": "GET" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    });
  });
}
