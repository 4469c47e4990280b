// Admin buttons: "adm:<action>[:<id>]", the id of the draft or pending import
// (or broadcast) the button was made for, so a stale button can never act on another one.

export type AdminButton = "publish" | "discard" | "import" | "drop" | "cancel" | "retry";

export const ADMIN_BUTTON = /^adm:/;

const CODES: Record<AdminButton, string> = {
  publish: "pub",
  discard: "del",
  import: "imp",
  drop: "drop",
  cancel: "no",
  retry: "retry",
};

export function adminButtonData(button: AdminButton, id?: number): string {
  return id === undefined ? `adm:${CODES[button]}` : `adm:${CODES[button]}:${id}`;
}

/** Matches a press of the button; the id, if any, is match[1]. */
export function adminButtonTrigger(button: AdminButton): RegExp {
  return new RegExp(`^adm:${CODES[button]}(?::(\\d+))?$`);
}
