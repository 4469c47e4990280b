import type { Update } from "grammy/types";

/**
 * The request body as an update, or undefined when it is not JSON or has no
 * usable update_id. Only update_id is checked: grammY copes with the rest, and
 * update kinds this bot does not know are simply ignored by it.
 */
export function parseUpdate(body: string): Update | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || !("update_id" in value)) return undefined;
  const id = value.update_id;
  return typeof id === "number" && Number.isSafeInteger(id) && id >= 0
    ? (value as Update)
    : undefined;
}
