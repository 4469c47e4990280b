// One HTTP GET of a watched source or article, within limits: a timeout, a
// cap on the bytes read (the body is read as a stream and dropped past the
// cap, whatever Content-Length says), and conditional headers, so an unchanged
// feed costs a 304 and no parsing. Runs on Node and Workers: the fetch is injected.

import { type ImportReason, wordReason } from "../domain/import/import-reason.ts";
import { idImport } from "../domain/messages/id/import.ts";

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 1_000_000 };

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type Fetched =
  | { kind: "not-modified" }
  | ({ kind: "ok"; text: string; url: string; contentType: string } & Validators);

/**
 * Why a fetch gave nothing usable: the reason as data (worded for the CLI in
 * English), the message in the admins' Indonesian (stored with the source).
 */
export class FetchProblem extends Error {
  constructor(readonly reason: ImportReason) {
    super(wordReason(idImport, reason));
  }
}

/** Says who is asking, so a site's operator can tell what the requests are. */
const USER_AGENT = "TanyaAdminduk-SourceWatch/1 (reads public adminduk releases)";

export async function fetchLimited(
  fetchFn: typeof fetch,
  url: string,
  limits: FetchLimits,
  validators: Validators = { etag: null, lastModified: null },
): Promise<Fetched> {
  const headers: Record<string, string> = {
    "user-agent": USER_AGENT,
    accept:
      "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5",
  };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetchFn(url, { headers, signal, redirect: "follow" });
  } catch (error) {
    throw new FetchProblem(
      signal.aborted
        ? { kind: "noAnswer", seconds: Math.round(limits.timeoutMs / 1000) }
        : { kind: "unreachable", detail: errorText(error) },
    );
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { kind: "not-modified" };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new FetchProblem({ kind: "httpStatus", status: response.status });
  }
  const contentType = response.headers.get("content-type") ?? "";
  const bytes = await readCapped(response, limits.maxBytes, signal);
  return {
    kind: "ok",
    text: decode(bytes, contentType),
    url: response.url || url,
    contentType,
    etag: response.headers.get("etag"),
    lastModified: response.headers.get("last-modified"),
  };
}

async function readCapped(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooBig(maxBytes);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw tooBig(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchProblem) throw error;
    throw new FetchProblem({ kind: "cutOff", detail: signal.aborted ? null : errorText(error) });
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function tooBig(maxBytes: number): FetchProblem {
  return new FetchProblem({ kind: "tooBig", kilobytes: Math.round(maxBytes / 1000) });
}

/** UTF-8 unless the server names another charset the runtime knows. */
function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function errorText(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
  return (cause || (error instanceof Error ? error.message : String(error))).slice(0, 120);
}
