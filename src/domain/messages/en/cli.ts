// The CLI's texts, in English only (an operator's tool): why the store refused
// a command. The bot's admins read the same refusals in Indonesian (id/admin.ts).

import type { Refusal } from "../../admin/ports.ts";

export function refusalMessage(refusal: Refusal): string {
  switch (refusal.reason) {
    case "no-draft":
      return "there is no open draft";
    case "draft-open":
      return `draft #${refusal.draft.id} ("${refusal.draft.title}") is open: publish or discard it first (in Telegram: /terbitkan or /buang)`;
    case "stale-draft":
      return "the draft is no longer open";
    case "draft-changed":
      return "the draft changed (another editor wrote at the same time) — preview again";
    case "empty-draft":
      return "the draft has no values";
    case "missing-source":
      return "the draft has no source: pass --source";
    case "nothing-to-undo":
      return "nothing to undo";
    case "not-in-draft":
      return `${refusal.indicator} ${refusal.region} is not in the draft`;
    case "not-published":
      return `${refusal.indicator} ${refusal.region} has never been published`;
    case "value-changed":
      return `${refusal.indicator} ${refusal.region} was just changed by someone else (now ${refusal.now ?? "none"}); nothing written`;
    case "unknown-release":
      return `there is no release #${refusal.releaseId}`;
    case "already-editor":
      return `${refusal.userId} is already an editor`;
    case "not-editor":
      return `${refusal.userId} is not an editor`;
  }
}
