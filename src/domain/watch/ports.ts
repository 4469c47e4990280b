// What source watching needs from storage: the sources admins watch, and the
// items seen on them (candidates waiting for an admin, and what was passed
// over, so that nothing is fetched or offered twice).

import type { PendingImport } from "../admin/ports.ts";
import type { ImportReason } from "../import/import-reason.ts";
import type { Release } from "../types.ts";

export const SOURCE_KINDS = ["feed", "page"] as const;
/** A feed (RSS 2.0 or Atom), or a web page listing articles by link. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const ITEM_STATUSES = ["new", "drafted", "ignored", "passed"] as const;
/**
 * new: a candidate waiting for an admin; drafted / ignored: what an admin did
 * with it; passed: seen and not offered (no keyword, no value, a duplicate, unreadable).
 */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface WatchedSource {
  id: number;
  url: string;
  kind: SourceKind;
  /** Null: the default keywords. */
  keywords: string[] | null;
  /** The region the source is about (a provincial agency's site), shown with its candidates. */
  regionCode: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Failures in a row; 0 after a good check. */
  failures: number;
  /** ISO timestamp; null: due at once. */
  nextAttemptAt: string | null;
  lastError: string | null;
  lastCheckedAt: string | null;
  createdBy: string;
}

export interface NewSource {
  url: string;
  kind: SourceKind;
  keywords: string[] | null;
  regionCode: string | null;
  createdBy: string;
}

/** What a check of a source leaves behind for the next one. */
export type SourceCheck =
  | {
      ok: true;
      etag: string | null;
      lastModified: string | null;
      checkedAt: string;
      nextAttemptAt: string;
    }
  | { ok: false; error: string; checkedAt: string; nextAttemptAt: string };

/** An item read from a source, as kept. */
export interface SeenItem {
  sourceId: number;
  /** The normalised URL: one row per story address. */
  urlKey: string;
  url: string;
  /** The fingerprint of the values read; null when none were. */
  contentHash: string | null;
  status: ItemStatus;
  /** Why an item was passed over. */
  note: string | null;
  /** The import as read, for a candidate (status new). */
  pending: PendingImport | null;
}

export interface Candidate {
  id: number;
  sourceId: number;
  url: string;
  status: ItemStatus;
  pending: PendingImport;
  createdAt: string;
}

export interface WatchSources {
  list(): Promise<WatchedSource[]>;
  /** Null when a source with that URL is already watched. */
  add(source: NewSource): Promise<WatchedSource | null>;
  /** False when there is no such source. */
  remove(id: number): Promise<boolean>;
  /** Sources whose next attempt is due at `now`, the longest unchecked first. */
  due(now: string, limit: number): Promise<WatchedSource[]>;
  recordCheck(id: number, check: SourceCheck): Promise<void>;
}

export interface WatchItems {
  /** Of these URL keys, those already seen (on any source). */
  seen(urlKeys: string[]): Promise<Set<string>>;
  /** The candidate (any status) with these values, if one was already made. */
  withContent(contentHash: string): Promise<Candidate | null>;
  /** Keeps a seen item; a candidate's id is returned. Null when its URL was seen meanwhile. */
  record(item: SeenItem): Promise<number | null>;
  get(id: number): Promise<Candidate | null>;
  /** Moves a waiting candidate to drafted or ignored: of two presses, only one gets it. */
  settle(id: number, status: "drafted" | "ignored"): Promise<Candidate | null>;
  /** Gives a candidate back to waiting (a draft it was meant for could not take it). */
  reopen(id: number): Promise<void>;
}

/** What one check of a source came to (reported to the admins). */
export interface SourceOutcome {
  source: WatchedSource;
  /** new: the source listed items (read below); unchanged: 304; failed: see error. */
  result: "listed" | "unchanged" | "failed";
  /** Why it failed, in the admins' Indonesian. */
  error?: string;
  /** Why it failed, as data: for the CLI, which words it in English. */
  reason?: ImportReason;
  /** Failures in a row after this check. */
  failures: number;
  /** Items the source listed that no keyword matched (not fetched). */
  notMatching: number;
  /** Items already seen, here or on another source. */
  alreadySeen: number;
}

/** What a watching pass is given by its entry: the store's sources, items and open draft. */
export interface WatchStore {
  watchSources: WatchSources;
  watchItems: WatchItems;
  drafts: { open(): Promise<{ release: Release } | null> };
}
