// Thrown from inside an update's handling when its claim, taken lazily with the
// update's first database round trip (see src/store/claim-on-first-use.ts),
// finds the update already handled or being handled elsewhere: the handling
// stops there, and the webhook answers as for a duplicate.

export class UpdateTaken extends Error {
  override readonly name = "UpdateTaken";

  constructor(readonly outcome: "done" | "busy") {
    super(`update already ${outcome === "done" ? "handled" : "being handled"}`);
  }
}

/** The UpdateTaken in the error or its cause chain (grammY wraps errors in BotError). */
export function updateTakenIn(error: unknown): UpdateTaken | undefined {
  const seen = new Set<unknown>();
  for (let e = error; e instanceof Error && !seen.has(e); e = e.cause) {
    if (e instanceof UpdateTaken) return e;
    seen.add(e);
  }
  return undefined;
}
