// The ReleaseDrafts port over libSQL: the one open draft, from creation to
// publication or discard. Each method checks its input against the current
// draft first (refusing writes nothing), then writes one atomic batch holding
// the change and its audit rows; SQLite's triggers change the data version in
// the same transaction (drizzle/0012_data_version_triggers.sql).

import type { Client } from "@libsql/client";
import { eq } from "drizzle-orm";
import { SOURCE_TO_BE_FILLED } from "../domain/admin/imported-meta.ts";
import type { Actor, DraftRef, OpenDraft, Refusal, ReleaseDrafts } from "../domain/admin/ports.ts";
import type { DraftData } from "../domain/import/draft-data.ts";
import type { Release } from "../domain/types.ts";
import { auditEntry, openChange, openDraftChange } from "./audit.ts";
import { lastUndoableChange } from "./audit-history.ts";
import {
  editDraft,
  insertDraft,
  removeObservation,
  writeObservations,
  writeTargets,
} from "./draft-statements.ts";
import { undoStatements } from "./draft-undo.ts";
import { readOpenDraft } from "./open-draft.ts";
import { observations, releases, targets } from "./schema.ts";
import { isoNow, type StoreStatement, sent, typed } from "./typed.ts";

const refuse = (refusal: Refusal) => ({ refused: refusal });

export function createReleaseDrafts(client: Client): ReleaseDrafts<StoreStatement> {
  const { db } = typed(client);

  /**
   * The open draft, or the refusal to give when a change needs one: none is
   * open, the one meant is no longer open, or it changed since it was shown.
   */
  async function requireDraft(meant?: DraftRef): Promise<OpenDraft | { refused: Refusal }> {
    const draft = await readOpenDraft(client);
    if (draft === null) return refuse({ reason: meant === undefined ? "no-draft" : "stale-draft" });
    if (meant === undefined) return draft;
    const { id, revision } = typeof meant === "number" ? { id: meant, revision: null } : meant;
    if (draft.release.id !== id) return refuse({ reason: "stale-draft" });
    if (revision !== null && draft.revision !== revision) {
      return refuse({ reason: "draft-changed" });
    }
    return draft;
  }

  /**
   * Writes a change to the draft as it was read. openDraftChange fails the
   * batch when the draft stopped being the open one, or changed, after it was
   * read; that is a refusal, any other failure is an error.
   */
  async function writeDraft(
    read: OpenDraft,
    statements: readonly StoreStatement[],
  ): Promise<{ refused: Refusal } | undefined> {
    const { id } = read.release;
    try {
      await sent(db.batch([openDraftChange(db, id, read.revision), ...statements]));
      return undefined;
    } catch (error) {
      const now = await readOpenDraft(client);
      if (now?.release.id !== id) return refuse({ reason: "stale-draft" });
      if (now.revision !== read.revision) return refuse({ reason: "draft-changed" });
      throw error;
    }
  }

  const importStatements = (data: DraftData, actor: Actor) => [
    ...writeObservations(db, actor, "import", data.observations),
    ...writeTargets(db, actor, "import", data.targets),
  ];

  return {
    open: () => readOpenDraft(client),

    async create(meta, actor, data) {
      const draftOpen = async () => {
        const open = await readOpenDraft(client);
        return open && refuse({ reason: "draft-open", draft: open.release });
      };
      const refused = await draftOpen();
      if (refused) return refused;
      let created: Release[];
      try {
        [, created] = await sent(
          db.batch([
            openChange(db),
            insertDraft(db, meta, actor, data?.asOfPrecision ?? "day"),
            auditEntry(db, actor, "create_draft", "open-draft", { detail: { title: meta.title } }),
            // The import is a change of its own, so undo can take it back and keep the draft.
            ...(data ? [openChange(db), ...importStatements(data, actor)] : []),
          ]),
        );
      } catch (error) {
        // The one-open-draft index refuses a draft created by someone else meanwhile.
        const raced = await draftOpen();
        if (raced) return raced;
        throw error;
      }
      const release = created[0];
      if (release === undefined) throw new Error("the new draft was not returned");
      return { ok: release };
    },

    async edit(field, value, actor) {
      const draft = await requireDraft();
      if ("refused" in draft) return draft;
      const refused = await writeDraft(draft, editDraft(db, field, value, actor));
      return refused ?? { ok: { old: draft.release[field] } };
    },

    async setValue(value, actor) {
      const draft = await requireDraft();
      if ("refused" in draft) return draft;
      const observation = { ...value, sourceRank: null };
      const refused = await writeDraft(
        draft,
        writeObservations(db, actor, "set_value", [observation]),
      );
      const old = draft.observations.find(
        (o) => o.indicator === value.indicator && o.region === value.region,
      );
      return refused ?? { ok: { old: old?.value ?? null } };
    },

    async removeValue(subject, actor) {
      const draft = await requireDraft();
      if ("refused" in draft) return draft;
      const old = draft.observations.find(
        (o) => o.indicator === subject.indicator && o.region === subject.region,
      );
      if (!old) return refuse({ reason: "not-in-draft", ...subject });
      const refused = await writeDraft(draft, removeObservation(db, actor, subject));
      return refused ?? { ok: { old: old.value } };
    },

    async setTarget(target, actor) {
      const draft = await requireDraft();
      if ("refused" in draft) return draft;
      const refused = await writeDraft(draft, writeTargets(db, actor, "set_target", [target]));
      const old = draft.targets.find(
        (t) => t.indicator === target.indicator && t.year === target.year,
      );
      return refused ?? { ok: { old: old?.value ?? null } };
    },

    async importData(data, actor) {
      const draft = await requireDraft();
      if ("refused" in draft) return draft;
      const refused = await writeDraft(draft, importStatements(data, actor));
      return refused ?? { ok: draft.release };
    },

    async undo(actor) {
      const draft = await requireDraft();
      if ("refused" in draft) return draft;
      const change = await lastUndoableChange(client, draft.release.id);
      if (change === null || change.action === "create_draft") {
        return refuse({ reason: "nothing-to-undo" });
      }
      const refused = await writeDraft(draft, undoStatements(db, change, actor));
      return refused ?? { ok: change };
    },

    async publish(meant, actor, alsoInBatch) {
      const draft = await requireDraft(meant);
      if ("refused" in draft) return draft;
      const { release } = draft;
      const values = draft.observations.length;
      const targetCount = draft.targets.length;
      if (values + targetCount === 0) return refuse({ reason: "empty-draft" });
      if (release.source === SOURCE_TO_BE_FILLED) return refuse({ reason: "missing-source" });
      const releaseId = release.id;
      const refused = await writeDraft(draft, [
        auditEntry(db, actor, "publish", "open-draft", { detail: { title: release.title } }),
        // Targets name their release's source, as seeded ones do; the draft's may have changed since.
        db.update(targets).set({ source: release.source }).where(eq(targets.releaseId, releaseId)),
        db
          .update(releases)
          .set({ status: "published", publishedBy: actor, publishedAt: isoNow })
          .where(eq(releases.id, releaseId)),
        ...(alsoInBatch?.(releaseId) ?? []),
      ]);
      return (
        refused ?? {
          ok: {
            release: { ...release, status: "published" },
            observations: values,
            targets: targetCount,
          },
        }
      );
    },

    async discard(meant, actor) {
      const draft = await requireDraft(meant);
      if ("refused" in draft) return draft;
      const releaseId = draft.release.id;
      const refused = await writeDraft(draft, [
        auditEntry(db, actor, "discard", "open-draft", { detail: { title: draft.release.title } }),
        db.delete(observations).where(eq(observations.releaseId, releaseId)),
        db.delete(targets).where(eq(targets.releaseId, releaseId)),
        db.delete(releases).where(eq(releases.id, releaseId)),
      ]);
      return refused ?? { ok: draft.release };
    },
  };
}
