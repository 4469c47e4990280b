// The one schema for the embedded file and Turso. Change it here, then run
// `npm run db:generate`; never edit the generated files under drizzle/.
//
// CHECK constraints name their columns unqualified: drizzle-kit copies them into
// a temporary table when a migration rebuilds one, where a qualified name breaks.

import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  unique,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { AUDIT_ACTIONS } from "../domain/admin/ports.ts";
import { DELIVERY_STATUSES } from "../domain/broadcast/ports.ts";
import { CHAT_KINDS } from "../domain/broadcast/subscription.ts";
import { ALIAS_KINDS, DATE_PRECISIONS, REGION_LEVELS } from "../domain/types.ts";
import { UNANSWERED_REASONS } from "../domain/unanswered.ts";
import { ITEM_STATUSES, SOURCE_KINDS } from "../domain/watch/ports.ts";

/** ('a', 'b'): a list of known words for a CHECK constraint. */
const sqlList = (words: readonly string[]) => `(${words.map((w) => `'${w}'`).join(", ")})`;

/**
 * ISO 8601 UTC timestamp, the format every *_at column holds, except the
 * delivery worker's: it compares those with its own clock, in epoch milliseconds.
 */
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const regions = sqliteTable(
  "regions",
  {
    /** Kemendagri code, dotted as in idn-area-data: "64", "64.71". */
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    level: text("level", { enum: REGION_LEVELS }).notNull(),
    parentCode: text("parent_code").references((): AnySQLiteColumn => regions.code),
  },
  (table) => [
    check("regions_level_check", sql`level IN ${sql.raw(sqlList(REGION_LEVELS))}`),
    // Rankings and extremes read "the regencies and cities of province X".
    index("regions_parent_idx").on(table.parentCode),
  ],
);

export const regionAliases = sqliteTable("region_aliases", {
  /** Normalised (lower-case ASCII) alias: "kukar", "bpn". */
  alias: text("alias").primaryKey(),
  code: text("code")
    .notNull()
    .references(() => regions.code),
  /** "seat": the alias is the regency's seat (Tanjung Redeb → Berau), said so in replies. */
  kind: text("kind", { enum: ALIAS_KINDS }),
  /** The language the alias is in, when it is not neutral ("east kalimantan": en). */
  lang: text("lang", { enum: ["id", "en"] }),
});

export const indicators = sqliteTable("indicators", {
  slug: text("slug").primaryKey(),
  nameId: text("name_id").notNull(),
  nameEn: text("name_en").notNull(),
  shortId: text("short_id").notNull(),
  shortEn: text("short_en").notNull(),
  unit: text("unit").notNull(),
  descriptionId: text("description_id").notNull(),
  descriptionEn: text("description_en").notNull(),
  /** The official service the indicator concerns, for definition and how-to answers. */
  serviceId: text("service_id"),
  serviceEn: text("service_en"),
  sortOrder: integer("sort_order").notNull(),
});

export const releases = sqliteTable(
  "releases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** ISO date the data is as of: the last day of its period when only a month, semester or year is known. */
    asOf: text("as_of").notNull(),
    /**
     * How much of as_of the source stated: a day, or only its month, semester or
     * year. No CHECK: adding one would rebuild the table; writers validate it.
     */
    asOfPrecision: text("as_of_precision", { enum: DATE_PRECISIONS }).notNull().default("day"),
    /** ISO date the source presented it, when known. */
    presentedOn: text("presented_on"),
    title: text("title").notNull(),
    source: text("source").notNull(),
    url: text("url"),
    status: text("status", { enum: ["draft", "published"] })
      .notNull()
      .default("draft"),
    createdBy: text("created_by"),
    publishedBy: text("published_by"),
    createdAt: text("created_at").notNull().default(now),
    publishedAt: text("published_at"),
  },
  (table) => [
    check("releases_status_check", sql`status IN ('draft', 'published')`),

    // At most one open draft: every admin works on the same one, and a second
    // "create draft" racing the first fails instead of forking the work.
    uniqueIndex("releases_one_open_draft").on(table.status).where(sql`status = 'draft'`),

    // Releases newest first (as_of, then id: the rowid every index ends with),
    // so that a question's newest values are found by walking releases from the
    // top and stopping, instead of reading each region's whole history.
    index("releases_as_of_idx").on(table.asOf),
  ],
);

export const observations = sqliteTable(
  "observations",
  {
    releaseId: integer("release_id")
      .notNull()
      .references(() => releases.id),
    indicator: text("indicator")
      .notNull()
      .references(() => indicators.slug),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    value: real("value").notNull(),
    /** The source itself called this value the highest or lowest. */
    sourceRank: text("source_rank", { enum: ["highest", "lowest"] }),
    corrected: integer("corrected", { mode: "boolean" }).notNull().default(false),
    /** People counted, when the source states it beside the percentage. */
    count: integer("count"),
    /** The sentence an imported value was read from, so an admin can check it. */
    evidence: text("evidence"),
  },
  (table) => [
    primaryKey({ columns: [table.releaseId, table.indicator, table.regionCode] }),
    // Questions look observations up by region (then indicator), whatever the release.
    index("observations_region_indicator_idx").on(table.regionCode, table.indicator),
    check("observations_source_rank_check", sql`source_rank IN ('highest', 'lowest')`),
  ],
);

export const targets = sqliteTable(
  "targets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    indicator: text("indicator")
      .notNull()
      .references(() => indicators.slug),
    year: integer("year").notNull(),
    /** "national", or the code of the region whose own target it is ("64"). */
    scope: text("scope").notNull().default("national"),
    value: real("value").notNull(),
    source: text("source"),
    releaseId: integer("release_id").references(() => releases.id),
  },
  (table) => [
    // Per release, so a draft can carry targets without touching the published ones.
    unique("targets_indicator_year_scope_release_unique").on(
      table.indicator,
      table.year,
      table.scope,
      table.releaseId,
    ),
  ],
);

/** Small key/value settings; `data_version` is bumped on every admin write. */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * Webhook de-duplication: one row per Telegram update taken on. Telegram redelivers
 * for at most a day, so rows older than two days are pruned.
 */
/**
 * Telegram updates taken on by the webhook. received_at is when the current
 * claim was taken (a claim older than the processing deadline is taken over by
 * the redelivery); done_at is set once the update has been handled.
 */
export const processedUpdates = sqliteTable("processed_updates", {
  updateId: integer("update_id").primaryKey(),
  receivedAt: text("received_at").notNull().default(now),
  doneAt: text("done_at"),
});

/** Editors, added by owners. Owners themselves come from ADMIN_USER_IDS and are never stored. */
export const admins = sqliteTable("admins", {
  /** Telegram user id. */
  userId: integer("user_id").primaryKey(),
  /** The owner who added them: "tg:<user id>". */
  addedBy: text("added_by").notNull(),
  addedAt: text("added_at").notNull().default(now),
});

/**
 * Every admin write, one row per value touched. The rows of one change (an
 * import writes hundreds) share a change_id, which undo reverts as a whole.
 * release_id is deliberately not a foreign key: the history of a discarded
 * draft outlives it.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull().default(now),
    /** "tg:<user id>" or "cli". */
    actor: text("actor").notNull(),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    releaseId: integer("release_id"),
    indicator: text("indicator"),
    regionCode: text("region_code"),
    year: integer("year"),
    oldValue: real("old_value"),
    newValue: real("new_value"),
    changeId: integer("change_id").notNull(),
    /** Small JSON object: what the columns cannot hold (a reason, a field name, a title). */
    detail: text("detail"),
    undone: integer("undone", { mode: "boolean" }).notNull().default(false),
  },
  (table) => [
    check("audit_log_action_check", sql`action IN ${sql.raw(sqlList(AUDIT_ACTIONS))}`),
    // Undo reads the newest change of the open draft.
    index("audit_log_release_change_idx").on(table.releaseId, table.changeId),
    index("audit_log_change_idx").on(table.changeId),
  ],
);

/**
 * A parsed press release or CSV waiting for the admin's confirmation button:
 * a Worker keeps nothing in memory between two updates. Old rows expire.
 */
export const pendingImports = sqliteTable("pending_imports", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  userId: integer("user_id").notNull(),
  createdAt: text("created_at").notNull().default(now),
  /** JSON: the PendingImport the confirmation will write. */
  payload: text("payload").notNull(),
});

/**
 * One row per chat that asked for news of releases: at most one per chat, kept
 * (inactive) when it stops, so that the reason is known. Nothing personal is
 * stored: a private chat is its id; groups and channels keep their title.
 */
export const subscriptions = sqliteTable(
  "subscriptions",
  {
    chatId: integer("chat_id").primaryKey(),
    chatType: text("chat_type", { enum: CHAT_KINDS }).notNull(),
    title: text("title"),
    lang: text("lang", { enum: ["id", "en"] }).notNull(),
    regionFilter: text("region_filter").references(() => regions.code),
    indicatorFilter: text("indicator_filter").references(() => indicators.slug),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /** The Telegram user who subscribed the chat. */
    createdBy: integer("created_by").notNull(),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
    inactiveReason: text("inactive_reason"),
  },
  () => [
    check("subscriptions_chat_type_check", sql`chat_type IN ${sql.raw(sqlList(CHAT_KINDS))}`),
    check("subscriptions_lang_check", sql`lang IN ('id', 'en')`),
  ],
);

/** A release or a correction to announce; its deliveries are the outbox. */
export const broadcasts = sqliteTable(
  "broadcasts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ["release", "correction"] }).notNull(),
    releaseId: integer("release_id")
      .notNull()
      .references(() => releases.id),
    /** JSON: for a correction, the value corrected (indicator, region, old, new, reason). */
    detail: text("detail"),
    /** The admin told how delivery went; null when nobody is (the CLI). */
    createdBy: integer("created_by"),
    createdAt: text("created_at").notNull().default(now),
    /** Set by the one worker that sends the summary, once no delivery is left to do. */
    summarySentAt: integer("summary_sent_at"),
  },
  (table) => [
    check("broadcasts_kind_check", sql`kind IN ('release', 'correction')`),
    index("broadcasts_summary_idx").on(table.summarySentAt),
  ],
);

/**
 * The outbox: one message to one chat. UNIQUE (broadcast, chat) means nothing
 * is enqueued twice; a worker leases rows (lease_owner, lease_until) before
 * sending, so no two workers send the same one.
 */
export const deliveries = sqliteTable(
  "deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    broadcastId: integer("broadcast_id")
      .notNull()
      .references(() => broadcasts.id),
    chatId: integer("chat_id").notNull(),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** Epoch ms; 0 (the default) is due at once. */
    nextAttemptAt: integer("next_attempt_at").notNull().default(0),
    leaseOwner: text("lease_owner"),
    /** Epoch ms. */
    leaseUntil: integer("lease_until"),
    /** Telegram's message_id, once sent. */
    messageId: integer("message_id"),
    lastError: text("last_error"),
    /** Epoch ms. */
    sentAt: integer("sent_at"),
  },
  (table) => [
    unique("deliveries_broadcast_chat_unique").on(table.broadcastId, table.chatId),
    check("deliveries_status_check", sql`status IN ${sql.raw(sqlList(DELIVERY_STATUSES))}`),
    // Claims look for due rows, summaries and /siaran count a broadcast's rows by status.
    index("deliveries_status_due_idx").on(table.status, table.nextAttemptAt),
    index("deliveries_broadcast_status_idx").on(table.broadcastId, table.status),
    // The per-group rate limit reads what went to each chat in the last minute.
    index("deliveries_sent_idx").on(table.sentAt),
  ],
);

/**
 * Sources admins watch for new releases: a feed or a page of article links,
 * with what makes conditional requests possible and how checking has gone.
 */
export const watchSources = sqliteTable(
  "watch_sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    url: text("url").notNull().unique(),
    kind: text("kind", { enum: SOURCE_KINDS }).notNull(),
    /** JSON array of keywords; null: the defaults. */
    keywords: text("keywords"),
    regionCode: text("region_code").references(() => regions.code),
    etag: text("etag"),
    lastModified: text("last_modified"),
    failures: integer("failures").notNull().default(0),
    nextAttemptAt: text("next_attempt_at"),
    lastError: text("last_error"),
    lastCheckedAt: text("last_checked_at"),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  () => [check("watch_sources_kind_check", sql`kind IN ${sql.raw(sqlList(SOURCE_KINDS))}`)],
);

/**
 * Every item seen on a watched source, once per story address: candidates
 * (status new) with the import as read, and what was passed over and why.
 */
export const watchItems = sqliteTable(
  "watch_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceId: integer("source_id").notNull(),
    urlKey: text("url_key").notNull().unique(),
    url: text("url").notNull(),
    contentHash: text("content_hash"),
    status: text("status", { enum: ITEM_STATUSES }).notNull(),
    note: text("note"),
    /** JSON: the PendingImport a candidate's Buat draf writes. */
    payload: text("payload"),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (table) => [
    check("watch_items_status_check", sql`status IN ${sql.raw(sqlList(ITEM_STATUSES))}`),
    index("watch_items_content_idx").on(table.contentHash),
  ],
);

/**
 * Questions the bot could not answer, for admins (/belumterjawab): the
 * normalised text only, never who asked or where, counted per week (the
 * Monday it starts, ISO date) and kept 90 days. Texts that look like personal
 * data (a NIK, a phone number, an e-mail address) are never written.
 */
export const unansweredQuestions = sqliteTable(
  "unanswered_questions",
  {
    text: text("text").notNull(),
    week: text("week").notNull(),
    reason: text("reason", { enum: UNANSWERED_REASONS }).notNull(),
    count: integer("count").notNull().default(1),
  },
  (table) => [
    primaryKey({ columns: [table.text, table.week, table.reason] }),
    check(
      "unanswered_questions_reason_check",
      sql`reason IN ${sql.raw(sqlList(UNANSWERED_REASONS))}`,
    ),
    // Pruning and the listing read by week.
    index("unanswered_questions_week_idx").on(table.week),
  ],
);

/**
 * A chart sent once as a photo, reused through Telegram's file_id: one row per
 * chart key, valid for the data version it was drawn from; a newer version
 * draws it again and replaces the row.
 */
export const chartFiles = sqliteTable("chart_files", {
  chartKey: text("chart_key").primaryKey(),
  dataVersion: integer("data_version").notNull(),
  fileId: text("file_id").notNull(),
  /** The caption sent with it (the same numbers), so re-sending reads nothing else. */
  caption: text("caption").notNull(),
  createdAt: text("created_at").notNull().default(now),
});
