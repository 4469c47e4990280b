// Part of every storage port's contract: a store that cannot be used right now
// (unreachable, closed, locked, read-only, full) rejects with StoreUnavailable,
// meaning "the same request may succeed later". Callers that can have the work
// redone later (a webhook, which Telegram redelivers) hand it back instead of
// answering; everything else treats it as any other failure.

export class StoreUnavailable extends Error {
  override readonly name = "StoreUnavailable";

  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`store unavailable: ${reason}`, { cause });
  }
}

/** True when the error, or any error in its cause chain, is a StoreUnavailable. */
export function isStoreUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error; e instanceof Error && !seen.has(e); e = e.cause) {
    if (e instanceof StoreUnavailable) return true;
    seen.add(e);
  }
  return false;
}
