// A watching pass as an entry runs it: the store's ports over the entry's
// database client, the importer's lexicon from the engine, a Bot API client
// of its own for the admins' messages. Node runs it in a loop (and the CLI
// once); a Worker's Cron Trigger runs it within its share of the invocation's
// subrequests.

import { Api } from "grammy";
import type { Engine } from "../domain/engine.ts";
import type { WatchStore } from "../domain/watch/ports.ts";
import type { Logger } from "../redacting-logger.ts";
import { DEFAULT_FETCH_LIMITS } from "./fetch-limited.ts";
import { notifyAdmins } from "./notify-admins.ts";
import { runWatchPass, type WatchReport, type WatchSettings } from "./watch-pass.ts";

export interface WatchRunOptions {
  /** The store-backed ports the pass reads and writes, wired by the entry. */
  store: WatchStore;
  engine: Engine;
  /** Without a token (the CLI without TELEGRAM_BOT_TOKEN) nobody is told; the report says what was found. */
  token?: string;
  apiRoot: string;
  adminUserIds: readonly number[];
  settings?: Partial<WatchSettings>;
  logger: Logger;
  /** For sources, articles and Bot API calls; on Workers the one that counts subrequests. */
  fetch?: typeof fetch;
  /** Subrequests the pass may spend (Infinity on Node). */
  budget?: { left(): number };
  now?: () => Date;
  /** A Bot API client to send with (the bot's own, in tests); by default one is made from the token. */
  api?: Api;
}

export const DEFAULT_WATCH_INTERVAL_MINUTES = 60;

export async function runWatch(options: WatchRunOptions): Promise<WatchReport> {
  const { store } = options;
  const fetchFn = options.fetch ?? fetch;
  const notifying = options.token !== undefined && options.adminUserIds.length > 0;
  const lexicon = await options.engine.lexicon();
  const report = await runWatchPass({
    sources: store.watchSources,
    items: store.watchItems,
    fetch: fetchFn,
    lexicon,
    settings: {
      intervalMinutes: options.settings?.intervalMinutes ?? DEFAULT_WATCH_INTERVAL_MINUTES,
      limits: options.settings?.limits ?? DEFAULT_FETCH_LIMITS,
    },
    budget: options.budget ?? { left: () => Number.POSITIVE_INFINITY },
    // Each admin's message is a subrequest, and the open draft is read once.
    costPerCandidate: notifying ? options.adminUserIds.length + 1 : 0,
    ...(options.now ? { now: options.now } : {}),
  });
  const anything =
    report.candidates.length > 0 || report.sources.some((o) => o.result === "failed");
  if (notifying && options.token !== undefined && anything) {
    const api = options.api ?? new Api(options.token, { apiRoot: options.apiRoot, fetch: fetchFn });
    const openDraft =
      report.candidates.length > 0 ? ((await store.drafts.open())?.release ?? null) : null;
    await notifyAdmins(report, {
      api,
      adminUserIds: options.adminUserIds,
      lexicon,
      openDraft,
      logger: options.logger,
    });
  }
  return report;
}
