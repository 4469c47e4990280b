// Admin buttons: "adm:<action>[:<id>[:<revision>]]". The id is the draft's,
// pending import's, watched-source candidate's or broadcast's the button was made for, so a
// stale button can never act on another one; a draft's button also carries the
// revision the admin saw, so it never publishes or discards changes made after
// that (at most ~30 bytes of the 64 Telegram allows).

import type { DraftRef } from "./ports.ts";

export type AdminButton =
  | "publish"
  | "discard"
  | "import"
  | "drop"
  | "cancel"
  | "candidateDraft"
  | "candidateIgnore"
  | "retry";

export const ADMIN_BUTTON = /^adm:/;

const CODES: Record<AdminButton, string> = {
  publish: "pub",
  discard: "del",
  import: "imp",
  drop: "drop",
  cancel: "no",
  candidateDraft: "cdr",
  candidateIgnore: "cig",
  retry: "retry",
};

export function adminButtonData(button: AdminButton, id?: number, revision?: number): string {
  const parts = ["adm", CODES[button], id, id === undefined ? undefined : revision];
  return parts.filter((part) => part !== undefined).join(":");
}

/** The button of a draft as the admin saw it. */
export function draftButtonData(
  button: "publish" | "discard",
  draft: { release: { id: number }; revision: number },
): string {
  return adminButtonData(button, draft.release.id, draft.revision);
}

/** Matches a press of the button; the id, if any, is match[1], the revision match[2]. */
export function adminButtonTrigger(button: AdminButton): RegExp {
  return new RegExp(`^adm:${CODES[button]}(?::(\\d+)(?::(\\d+))?)?$`);
}

/**
 * The draft a pressed draft button means. A button without a revision (made
 * before buttons carried one) means revision -1, which no draft has: it is
 * refused as changed, and the admin previews again.
 */
export function pressedDraft(match: string | RegExpMatchArray): DraftRef {
  const [, id, revision] = typeof match === "string" ? [] : match;
  return { id: Number(id), revision: revision === undefined ? -1 : Number(revision) };
}
