// GET /api/v1/…: the published data as JSON or CSV, for journalists and
// developers. Read-only, CORS for any origin, cached by data version (ETag,
// 304), rate-limited per client, described by /api/v1/openapi.json, which is
// generated from the same valibot schemas the handlers validate with.

import { toJsonSchema } from "@valibot/to-json-schema";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { describeRoute, openAPIRouteHandler, resolver, validator } from "hono-openapi";
import type { GenericSchema } from "valibot";
import type {
  ApiIndicator,
  ApiObservation,
  ApiRegion,
  ApiRelease,
  ObservationFilter,
  OpenDataSource,
  UnknownFilter,
  Versioned,
} from "../../domain/open-data/ports.ts";
import type { ErrorLogger } from "../error-log.ts";
import { etagOf, formatOf, matches, setCacheHeaders } from "./conditional.ts";
import { type CsvRecord, toCsv } from "./csv.ts";
import {
  errorResponse,
  indicatorsResponse,
  type ObservationsQuery,
  observationsQuery,
  observationsResponse,
  regionsResponse,
  releasesResponse,
} from "./schemas.ts";

export interface OpenDataApiOptions {
  source: OpenDataSource;
  /** Kept for the process's life by the caller (createApiRateLimit); none in some tests. */
  rateLimit?: MiddlewareHandler;
  logger: ErrorLogger;
}

// CSV columns, in the order of the JSON objects.
const INDICATOR_COLUMNS = [
  "slug",
  "nameId",
  "nameEn",
  "shortId",
  "shortEn",
  "unit",
  "descriptionId",
  "descriptionEn",
] as const satisfies readonly (keyof ApiIndicator)[];
const REGION_COLUMNS = [
  "code",
  "name",
  "level",
  "parentCode",
] as const satisfies readonly (keyof ApiRegion)[];
const RELEASE_COLUMNS = [
  "id",
  "title",
  "source",
  "sourceUrl",
  "asOf",
  "asOfPrecision",
  "presentedOn",
] as const satisfies readonly (keyof ApiRelease)[];
const OBSERVATION_COLUMNS = [
  "indicator",
  "regionCode",
  "regionName",
  "value",
  "unit",
  "count",
  "sourceRank",
  "corrected",
  "releaseId",
  "releaseTitle",
  "source",
  "sourceUrl",
  "asOf",
  "asOfPrecision",
] as const satisfies readonly (keyof ApiObservation)[];

export function openDataApi({ source, rateLimit, logger }: OpenDataApiOptions): Hono {
  const app = new Hono();
  app.use("*", cors({ origin: "*", exposeHeaders: ["ETag", "RateLimit-Remaining"] }));
  if (rateLimit) app.use("*", rateLimit);

  /** Answers from the cache when the client's ETag is current, else loads and answers. */
  async function answer<Row extends CsvRecord>(
    c: Context,
    csvPath: boolean,
    key: string,
    columns: readonly (keyof Row & string)[],
    load: () => Promise<Versioned<Row> | UnknownFilter>,
  ): Promise<Response> {
    const format = formatOf(c, csvPath);
    const ifNoneMatch = c.req.header("if-none-match");
    if (ifNoneMatch !== undefined) {
      const etag = etagOf(await source.dataVersion(), format);
      if (matches(ifNoneMatch, etag)) {
        setCacheHeaders(c, etag);
        return c.body(null, 304);
      }
    }
    const loaded = await load();
    if ("unknown" in loaded) {
      const asked = c.req.query(loaded.unknown) ?? "";
      return c.json({ ok: false, error: `unknown ${loaded.unknown}: ${asked}` }, 404);
    }
    setCacheHeaders(c, etagOf(loaded.dataVersion, format));
    if (format === "csv") {
      c.header("Content-Type", "text/csv; charset=utf-8");
      return c.body(toCsv(columns, loaded.rows));
    }
    return c.json({ dataVersion: loaded.dataVersion, [key]: loaded.rows });
  }

  const documented = (summary: string, schema: GenericSchema, notFound = false) =>
    describeRoute({
      summary,
      responses: {
        200: {
          description: `${summary}, as JSON, or as CSV (Accept: text/csv, or the path with .csv)`,
          content: {
            "application/json": { schema: resolver(schema) },
            "text/csv": { schema: { type: "string" } },
          },
        },
        304: { description: "Not modified: the If-None-Match ETag is the current data version" },
        ...(notFound && {
          404: {
            description: "The indicator, region or release asked for does not exist",
            content: { "application/json": { schema: resolver(errorResponse) } },
          },
        }),
        429: { description: "Too many requests from this client; try again in a minute" },
      },
    });

  function list<Row extends CsvRecord>(
    key: string,
    summary: string,
    schema: GenericSchema,
    columns: readonly (keyof Row & string)[],
    load: () => Promise<Versioned<Row>>,
  ): void {
    app.get(`/${key}`, documented(summary, schema), (c) => answer(c, false, key, columns, load));
    app.get(`/${key}.csv`, (c) => answer(c, true, key, columns, load));
  }
  list("indicators", "Indicators", indicatorsResponse, INDICATOR_COLUMNS, () =>
    source.indicators(),
  );
  list(
    "regions",
    "Indonesia, its provinces, regencies and cities",
    regionsResponse,
    REGION_COLUMNS,
    () => source.regions(),
  );
  list("releases", "Published releases, newest data first", releasesResponse, RELEASE_COLUMNS, () =>
    source.releases(),
  );

  const queryValidator = validator("query", observationsQuery, (result, c) => {
    if (!result.success) {
      return c.json(
        { ok: false, error: result.error.map((issue) => issue.message).join("; ") },
        400,
      );
    }
  });
  const observations = (c: Context, csvPath: boolean, query: ObservationsQuery) => {
    const { indicator, region, release } = query;
    const filter: ObservationFilter = {
      indicator,
      region,
      release: release === undefined || release === "all" ? release : Number(release),
    };
    return answer(c, csvPath, "observations", OBSERVATION_COLUMNS, () =>
      source.observations(filter),
    );
  };
  app.get(
    "/observations",
    documented(
      "Published values: by default the current one per indicator and region; release=ID for one release, release=all for every one",
      observationsResponse,
      true,
    ),
    queryValidator,
    (c) => observations(c, false, c.req.valid("query")),
  );
  app.get("/observations.csv", queryValidator, (c) => observations(c, true, c.req.valid("query")));

  app.get(
    "/openapi.json",
    openAPIRouteHandler(app, {
      documentation: {
        info: {
          title: "Tanya Adminduk open data",
          version: "1",
          description:
            "Published population-administration statistics (KTP-el, KIA, IKD, akta kelahiran) per region of Indonesia. Every value carries its release, source and data date.",
        },
        servers: [{ url: "/api/v1" }],
      },
      defaultValidationErrorResponse: {
        description: "A query parameter is malformed; the error names it",
        content: { "application/json": { schema: toJsonSchema(errorResponse) as object } },
      },
    }),
  );

  app.onError((error, c) => {
    logger.error(`${c.req.method} ${c.req.path} failed`, error);
    return c.json({ ok: false, error: "the data cannot be read right now" }, 503);
  });
  return app;
}
