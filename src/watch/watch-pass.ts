// One watching pass: each due source is fetched (conditionally), its new items
// filtered by keyword, each matching article fetched, its main text extracted
// and read by the same importer as a pasted press release. An item with values
// becomes a candidate unless the same values were already offered (the same
// story from another outlet); everything fetched is remembered, so nothing is
// fetched or offered twice. A failing source is retried later, with backoff,
// and reported. Nothing is ever drafted or published here.
//
// Subrequests (Workers' per-invocation limit) are spent carefully: the pass
// stops before the budget runs out, and a source it could not finish keeps
// no validators and is due at once, so the next pass resumes with it.

import { type ReadImport, readPressRelease } from "../domain/admin/read-import.ts";
import { type ImportReason, wordReason } from "../domain/import/import-reason.ts";
import type { Lexicon } from "../domain/lexicon.ts";
import { idImport } from "../domain/messages/id/import.ts";
import { nextAttemptAfter } from "../domain/watch/backoff.ts";
import { matchesKeywords } from "../domain/watch/keywords.ts";
import type {
  SeenItem,
  SourceOutcome,
  WatchedSource,
  WatchItems,
  WatchSources,
} from "../domain/watch/ports.ts";
import { contentFingerprint, urlKey } from "../domain/watch/story-key.ts";
import { articleText } from "./article-page.ts";
import { listedItems, NotAFeed } from "./feed-items.ts";
import { type FetchLimits, FetchProblem, fetchLimited } from "./fetch-limited.ts";

export interface WatchSettings {
  intervalMinutes: number;
  limits: FetchLimits;
}

export interface WatchPassDeps {
  sources: WatchSources;
  items: WatchItems;
  fetch: typeof fetch;
  lexicon: Lexicon;
  settings: WatchSettings;
  /** Subrequests left for this pass (Infinity on Node). */
  budget: { left(): number };
  /** Subrequests a new candidate costs beyond its own fetch (the messages to the admins). */
  costPerCandidate?: number;
  now?: () => Date;
}

export interface NewCandidate {
  id: number;
  url: string;
  source: WatchedSource;
  read: ReadImport;
}

export interface PassedItem {
  url: string;
  /** Why it was passed over: stored worded for the admins, printed by the CLI in English. */
  reason: ImportReason;
}

export interface WatchReport {
  sources: SourceOutcome[];
  candidates: NewCandidate[];
  passed: PassedItem[];
  /** The budget ran out before every due source was done: the next pass goes on. */
  stoppedEarly: boolean;
}

/** Database round trips a source's check costs besides its fetch: due, seen, recordCheck. */
const SOURCE_ROUND_TRIPS = 3;
/** An article's: withContent and record. */
const ARTICLE_ROUND_TRIPS = 2;
const MAX_SOURCES_PER_PASS = 50;

export async function runWatchPass(deps: WatchPassDeps): Promise<WatchReport> {
  const now = deps.now ?? (() => new Date());
  const report: WatchReport = { sources: [], candidates: [], passed: [], stoppedEarly: false };
  const due = await deps.sources.due(now().toISOString(), MAX_SOURCES_PER_PASS);
  for (const source of due) {
    if (deps.budget.left() < 1 + SOURCE_ROUND_TRIPS) {
      report.stoppedEarly = true;
      break;
    }
    const finished = await checkSource(source, deps, report, now);
    if (!finished) {
      report.stoppedEarly = true;
      break;
    }
  }
  return report;
}

/** False when the budget ran out in the middle of the source. */
async function checkSource(
  source: WatchedSource,
  deps: WatchPassDeps,
  report: WatchReport,
  now: () => Date,
): Promise<boolean> {
  const { settings } = deps;
  const outcome: SourceOutcome = {
    source,
    result: "failed",
    failures: source.failures,
    notMatching: 0,
    alreadySeen: 0,
  };
  report.sources.push(outcome);
  let listed: ReturnType<typeof listedItems>;
  let validators = { etag: source.etag, lastModified: source.lastModified };
  try {
    const fetched = await fetchLimited(deps.fetch, source.url, settings.limits, validators);
    if (fetched.kind === "not-modified") {
      outcome.result = "unchanged";
      outcome.failures = 0;
      await recordGood(deps, source, validators, now, settings.intervalMinutes);
      return true;
    }
    validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    listed = listedItems(source.kind, fetched.text, fetched.url);
  } catch (error) {
    if (!(error instanceof FetchProblem || error instanceof NotAFeed)) throw error;
    outcome.error = error.message;
    outcome.reason = error.reason;
    outcome.failures = source.failures + 1;
    const at = now();
    await deps.sources.recordCheck(source.id, {
      ok: false,
      error: error.message,
      checkedAt: at.toISOString(),
      nextAttemptAt: nextAttemptAfter(at, settings.intervalMinutes, outcome.failures),
    });
    return true;
  }
  outcome.result = "listed";
  outcome.failures = 0;

  const keyed = listed.flatMap((item) => {
    const key = urlKey(item.url);
    return key ? [{ ...item, key }] : [];
  });
  const seen = await deps.items.seen(keyed.map((item) => item.key));
  const articleCost = 1 + ARTICLE_ROUND_TRIPS + (deps.costPerCandidate ?? 0);
  let complete = true;
  for (const item of keyed) {
    if (seen.has(item.key)) {
      outcome.alreadySeen += 1;
      continue;
    }
    if (!matchesKeywords(item.words, source.keywords)) {
      outcome.notMatching += 1;
      continue;
    }
    // Room is kept for recording the source's check.
    if (deps.budget.left() < articleCost + 1) {
      complete = false;
      break;
    }
    const read = await readItem(item.url, deps);
    if (read === "retry") {
      complete = false;
      continue;
    }
    await keepItem(source, item.url, item.key, read, deps, report);
  }
  // An unfinished source is fetched whole next time, and at once.
  await recordGood(
    deps,
    source,
    complete ? validators : { etag: null, lastModified: null },
    now,
    complete ? settings.intervalMinutes : 0,
  );
  return complete || deps.budget.left() >= articleCost + 1;
}

type ItemRead = { read: ReadImport } | { passed: ImportReason } | "retry";

/** The article's text read as a pasted one; "retry" when it could not be fetched this time. */
async function readItem(url: string, deps: WatchPassDeps): Promise<ItemRead> {
  let page: Awaited<ReturnType<typeof fetchLimited>>;
  try {
    page = await fetchLimited(deps.fetch, url, deps.settings.limits);
  } catch (error) {
    if (!(error instanceof FetchProblem)) throw error;
    // A page that is gone stays gone; a slow or failing server gets another chance.
    return /^HTTP 4/.test(error.message)
      ? { passed: { kind: "pageGone", detail: error.message } }
      : "retry";
  }
  if (page.kind === "not-modified") return { passed: { kind: "pageUnchanged" } };
  return { read: readArticlePage(page.text, page.url, deps.lexicon) };
}

/** An article page as the importer reads it: the admin's link and the watcher share this. */
export function readArticlePage(html: string, url: string, lexicon: Lexicon): ReadImport {
  return readPressRelease(articleText(html, url).text, lexicon);
}

async function keepItem(
  source: WatchedSource,
  url: string,
  key: string,
  outcomeOfRead: Exclude<ItemRead, "retry">,
  deps: WatchPassDeps,
  report: WatchReport,
): Promise<void> {
  const base = { sourceId: source.id, urlKey: key, url, contentHash: null, pending: null };
  if ("passed" in outcomeOfRead) {
    await passOver(outcomeOfRead.passed, base, deps, report);
    return;
  }
  const { read } = outcomeOfRead;
  const hash = read.blocking ? null : contentFingerprint(read.pending.data);
  if (hash === null) {
    const reason = read.problems[read.problems.length - 1]?.reason ?? { kind: "noValue" };
    await passOver(reason, base, deps, report);
    return;
  }
  const twin = await deps.items.withContent(hash);
  if (twin) {
    const reason: ImportReason = { kind: "sameValuesAs", candidate: twin.id, url: twin.url };
    await passOver(reason, { ...base, contentHash: hash }, deps, report);
    return;
  }
  const id = await deps.items.record({
    ...base,
    contentHash: hash,
    status: "new",
    note: null,
    pending: read.pending,
  });
  if (id !== null) report.candidates.push({ id, url, source, read });
}

/** An item seen and not offered: its note stored in the admins' Indonesian, its reason reported as data. */
async function passOver(
  reason: ImportReason,
  item: Omit<SeenItem, "status" | "note">,
  deps: WatchPassDeps,
  report: WatchReport,
): Promise<void> {
  report.passed.push({ url: item.url, reason });
  await deps.items.record({ ...item, status: "passed", note: wordReason(idImport, reason) });
}

async function recordGood(
  deps: WatchPassDeps,
  source: WatchedSource,
  validators: { etag: string | null; lastModified: string | null },
  now: () => Date,
  intervalMinutes: number,
): Promise<void> {
  const at = now();
  await deps.sources.recordCheck(source.id, {
    ok: true,
    ...validators,
    checkedAt: at.toISOString(),
    nextAttemptAt:
      intervalMinutes === 0 ? at.toISOString() : nextAttemptAfter(at, intervalMinutes, 0),
  });
}
