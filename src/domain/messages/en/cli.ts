// The CLI's texts, in English only (an operator's tool): why the store refused
// a command. The bot's admins read the same refusals in Indonesian (id/admin.ts).

import type { Refusal } from "../../admin/ports.ts";
import type { SourceRequestProblem } from "../../watch/source-problem.ts";

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

/** What is wrong with a `sources …` request, in English (the admins read it in id/sources.ts). */
export function sourceProblemMessage(problem: SourceRequestProblem): string {
  switch (problem.kind) {
    case "removeNeedsId":
      return "give the number of the source to remove, e.g. remove 2";
    case "unknownAction":
      return `unknown action: ${problem.word} (list, add, remove, check)`;
    case "urlTooLong":
      return `an address is at most ${problem.max} characters`;
    case "notWebAddress":
      return "give the source's address starting with http:// or https://";
    case "unknownRegionCode":
      return `unknown region code: ${problem.code} (e.g. wilayah:64)`;
    case "tooManyKeywords":
      return `at most ${problem.max} keywords`;
    case "keywordTooLong":
      return `a keyword is at most ${problem.max} characters`;
    case "keywordWithoutLetters":
      return `a keyword without letters or digits: ${problem.keyword}`;
  }
}
