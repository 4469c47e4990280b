// The admin commands: Indonesian names first, English aliases after. Kept out
// of the public command menu; /admin lists them for those who may use them.

export type AdminAction =
  | "help"
  | "draft"
  | "draftEdit"
  | "set"
  | "remove"
  | "target"
  | "preview"
  | "publish"
  | "discard"
  | "undo"
  | "correct"
  | "history"
  | "broadcasts"
  | "unanswered"
  | "import"
  | "editors"
  | "editorAdd"
  | "editorRemove"
  | "indicatorAdd"
  | "indicatorEdit"
  | "sources";

export const ADMIN_COMMANDS: Record<AdminAction, string[]> = {
  help: ["admin"],
  draft: ["draf", "draft"],
  draftEdit: ["draf_ubah", "draft_edit"],
  set: ["ubah", "set"],
  remove: ["hapus", "remove"],
  target: ["target"],
  preview: ["pratinjau", "preview"],
  publish: ["terbitkan", "publish"],
  discard: ["buang", "discard"],
  undo: ["urung", "undo"],
  correct: ["koreksi", "correct"],
  history: ["riwayat", "history"],
  broadcasts: ["siaran", "broadcasts"],
  unanswered: ["belumterjawab", "unanswered"],
  import: ["impor", "import"],
  editors: ["editor", "editors"],
  editorAdd: ["editor_tambah", "editor_add"],
  editorRemove: ["editor_hapus", "editor_remove"],
  indicatorAdd: ["indikator_baru", "indicator_add"],
  indicatorEdit: ["indikator_ubah", "indicator_edit"],
  sources: ["sumber_pantau", "watch_sources"],
};

export const ADMIN_COMMAND_NAMES: string[] = Object.values(ADMIN_COMMANDS).flat();

/** What only owners may do: decide who else is an admin. */
export const OWNER_ACTIONS: ReadonlySet<AdminAction> = new Set([
  "editors",
  "editorAdd",
  "editorRemove",
]);

export const OWNER_COMMAND_NAMES: string[] = [...OWNER_ACTIONS].flatMap(
  (action) => ADMIN_COMMANDS[action],
);
