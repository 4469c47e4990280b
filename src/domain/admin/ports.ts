// What the admin features need from storage: one port per aggregate (the open
// draft, corrections, the audit history, releases, editors, imports awaiting
// confirmation). The store implements them over libSQL; the bot and the CLI
// use them without knowing SQL.

import type { Broadcasts, CorrectionRecorded } from "../broadcast/ports.ts";
import type {
  DraftData,
  DraftObservation,
  DraftTarget,
  SkippedFigure,
} from "../import/draft-data.ts";
import type { Indicator, Release } from "../types.ts";
import type { WatchItems, WatchSources } from "../watch/ports.ts";

/** Who wrote: "tg:<Telegram user id>" or "cli". Recorded with every write. */
export type Actor = string;

export const AUDIT_ACTIONS = [
  "create_draft",
  "update_draft",
  "set_value",
  "remove_value",
  "set_target",
  "import",
  "undo",
  "publish",
  "discard",
  "correct",
  "add_editor",
  "remove_editor",
  "add_indicator",
  "update_indicator",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What describes a release besides its values. */
export interface DraftMeta {
  asOf: string;
  presentedOn: string | null;
  title: string;
  source: string;
  url: string | null;
}

export type DraftField = keyof DraftMeta;

/** A value of the draft next to the one users see now (null: they see none). */
export interface DraftValue extends DraftObservation {
  current: number | null;
}

export interface DraftTargetValue extends DraftTarget {
  current: number | null;
}

export interface OpenDraft {
  release: Release;
  /**
   * Counts up with every change to the draft: a button made from a preview
   * carries it, so publishing refuses a draft that changed after the preview.
   */
  revision: number;
  observations: DraftValue[];
  targets: DraftTargetValue[];
}

export interface SubjectValue {
  indicator: string;
  region: string;
  value: number;
}

export interface PublishedRelease {
  release: Release;
  observations: number;
  targets: number;
}

// What a correction records is also what its notice tells subscribers: the
// broadcast ports define it, so the admin ports depend on them and not back.
export type { CorrectionRecorded } from "../broadcast/ports.ts";

/** One change as the history shows it: its first row, and how many values it touched. */
export interface AuditEntry {
  changeId: number;
  at: string;
  actor: Actor;
  action: AuditAction;
  releaseId: number | null;
  indicator: string | null;
  region: string | null;
  year: number | null;
  oldValue: number | null;
  newValue: number | null;
  detail: AuditDetail;
  undone: boolean;
  /** Observation and target rows of the change (an import has many). */
  observations: number;
  targets: number;
}

/** What the columns of an audit row cannot hold. */
export interface AuditDetail {
  field?: DraftField;
  old?: string | null;
  new?: string | null;
  reason?: string | null;
  title?: string;
  userId?: number;
  /** The change an undo reverted. */
  undid?: number;
}

export interface ReleaseSummary extends Release {
  observations: number;
}

export interface ExportRow {
  regionName: string;
  indicator: string;
  value: number;
}

export interface Editor {
  userId: number;
  addedBy: Actor;
  addedAt: string;
}

/** A parsed import awaiting the admin's button. */
export interface PendingImport {
  kind: "csv" | "press-release";
  data: DraftData;
  presentedOn: string | null;
  source: string | null;
  /** A press release's address, from a "Sumber: https://…" line. */
  sourceUrl?: string | null;
  /** Percentages a press release states but were not imported, each with its reason. */
  skipped?: SkippedFigure[];
}

/** Why a write was refused; nothing was written. */
export type Refusal =
  | { reason: "no-draft" }
  | { reason: "draft-open"; draft: Release }
  /** The draft a button or command meant is no longer the open one. */
  | { reason: "stale-draft" }
  /** The draft changed after it was shown (another editor, or a write racing this one). */
  | { reason: "draft-changed" }
  | { reason: "empty-draft" }
  | { reason: "missing-source" }
  | { reason: "nothing-to-undo" }
  | { reason: "not-in-draft"; indicator: string; region: string }
  | { reason: "not-published"; indicator: string; region: string }
  /** The published value changed after it was read: someone else corrected it meanwhile. */
  | { reason: "value-changed"; indicator: string; region: string; now: number | null }
  | { reason: "unknown-release"; releaseId: number }
  | { reason: "already-editor"; userId: number }
  | { reason: "not-editor"; userId: number };

export type Outcome<T> = { ok: T } | { refused: Refusal };

/** Statements to run in the publishing batch, e.g. a broadcast outbox entry. */
export type AlsoInBatch<Statement> = (releaseId: number) => Statement[];

/** Statements to run in the batch of a correction, e.g. the correction notice's outbox entry. */
export type AlsoInCorrection<Statement> = (correction: CorrectionRecorded) => Statement[];

/**
 * The draft a button means: its id, and with a revision the contents the admin
 * saw; a bare id means whatever it holds now (the CLI publishes what it just imported).
 */
export type DraftRef = number | { id: number; revision: number };

/**
 * The one open draft: its lifecycle and contents. Every write is one atomic
 * batch with its audit rows, and holds only if the draft is still as it was
 * read: of two editors writing at once, the second is refused ("draft-changed").
 */
export interface ReleaseDrafts<Statement = unknown> {
  open(): Promise<OpenDraft | null>;
  /** Refused while another draft is open; with data, creates and imports in one batch. */
  create(meta: DraftMeta, actor: Actor, data?: DraftData): Promise<Outcome<Release>>;
  edit(
    field: DraftField,
    value: string | null,
    actor: Actor,
  ): Promise<Outcome<{ old: string | null }>>;
  setValue(value: SubjectValue, actor: Actor): Promise<Outcome<{ old: number | null }>>;
  removeValue(
    subject: { indicator: string; region: string },
    actor: Actor,
  ): Promise<Outcome<{ old: number }>>;
  setTarget(target: DraftTarget, actor: Actor): Promise<Outcome<{ old: number | null }>>;
  importData(data: DraftData, actor: Actor): Promise<Outcome<Release>>;
  /** Reverts the newest change to the open draft that is not undone yet. */
  undo(actor: Actor): Promise<Outcome<AuditEntry>>;
  publish(
    draft: DraftRef,
    actor: Actor,
    alsoInBatch?: AlsoInBatch<Statement>,
  ): Promise<Outcome<PublishedRelease>>;
  discard(draft: DraftRef, actor: Actor): Promise<Outcome<Release>>;
}

export interface Corrections<Statement = unknown> {
  /**
   * Corrects the value users see: the newest published release that has it.
   * One write, conditioned on the value it replaces: if another correction
   * (or a publication) changed it after it was read, refused ("value-changed").
   */
  correct(
    value: SubjectValue,
    reason: string | null,
    actor: Actor,
    alsoInBatch?: AlsoInCorrection<Statement>,
  ): Promise<Outcome<CorrectionRecorded>>;
}

export interface AuditHistory {
  /** The newest changes first. */
  recent(limit: number): Promise<AuditEntry[]>;
}

export interface ReleaseCatalog {
  /** Every release, newest data first. */
  list(): Promise<ReleaseSummary[]>;
  /** One release's values, or (no id) the values users see now. */
  exportRows(releaseId?: number): Promise<Outcome<ExportRow[]>>;
}

export interface Editors {
  isEditor(userId: number): Promise<boolean>;
  list(): Promise<Editor[]>;
  add(userId: number, actor: Actor): Promise<Outcome<Editor>>;
  remove(userId: number, actor: Actor): Promise<Outcome<{ userId: number }>>;
}

export interface PendingImports {
  /** Keeps the import for its owner; expired ones are dropped on the way. */
  save(userId: number, pending: PendingImport): Promise<number>;
  /** The import, if it is this user's and not expired. */
  get(id: number, userId: number): Promise<PendingImport | null>;
  /** Removes and returns it: of two presses of one button, only one gets it. */
  take(id: number, userId: number): Promise<PendingImport | null>;
}

/** Everything admin features use, built once per runtime from one database client. */
/** The indicator catalogue: what it holds, and writes the caller has already checked. */
export interface IndicatorCatalog {
  list(): Promise<Indicator[]>;
  /** A checked new indicator (checkNewIndicator), listed after the others. */
  add(indicator: Indicator, actor: Actor): Promise<void>;
  /** An indicator's checked new description (checkIndicatorChange); its slug stays. */
  update(indicator: Indicator, actor: Actor): Promise<void>;
}

export interface AdminStore<Statement = unknown> {
  drafts: ReleaseDrafts<Statement>;
  corrections: Corrections<Statement>;
  /** What publications and corrections enqueue, and how their deliveries stand. */
  broadcasts: Broadcasts<Statement>;
  history: AuditHistory;
  releases: ReleaseCatalog;
  editors: Editors;
  pendingImports: PendingImports;
  /** The indicators admins add and describe. */
  indicators: IndicatorCatalog;
  /** The sources watched for new releases, and the items seen on them. */
  watchSources: WatchSources;
  watchItems: WatchItems;
}
