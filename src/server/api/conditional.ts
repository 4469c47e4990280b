// HTTP caching of the open data: the data only changes when an admin writes,
// and every admin write bumps the data version, so the version (with the
// representation) is the ETag, and a client holding it gets 304 after one
// cheap read instead of the data.

import type { Context } from "hono";

export type Format = "json" | "csv";

export const CACHE_CONTROL = "public, max-age=300";

export function etagOf(dataVersion: number, format: Format): string {
  return `"v${dataVersion}-${format}"`;
}

/** True when If-None-Match lists this ETag (weak or strong) or is "*". */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  // Capped: a header is never longer than this in practice, and the split stays linear.
  return ifNoneMatch
    .slice(0, 1024)
    .split(",")
    .some((tag) => {
      const trimmed = tag.trim();
      return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
    });
}

export function setCacheHeaders(c: Context, etag: string): void {
  c.header("ETag", etag);
  c.header("Cache-Control", CACHE_CONTROL);
  c.header("Vary", "Accept");
}

/** CSV for a `.csv` path or an Accept header asking for text/csv; JSON otherwise. */
export function formatOf(c: Context, csvPath: boolean): Format {
  return csvPath || (c.req.header("accept") ?? "").includes("text/csv") ? "csv" : "json";
}
