// The bot's command menu (setMyCommands), set at start-up without holding the
// bot back: a failure (Telegram erring, rate limiting, a menu it refuses) is
// logged and retried in the background while the bot serves. The menu is a
// convenience; answering questions is not.

export interface MenuRetryOptions {
  log: (line: string) => void;
  /** Waits between tries double from this, up to 10 minutes. */
  firstPauseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Stops the retries (shutdown). */
  signal?: AbortSignal;
}

const MAX_PAUSE_MS = 10 * 60_000;

/** Resolves once the menu is set, or the signal stopped the retries; never rejects. */
export async function setMenuInBackground(
  register: () => Promise<void>,
  { log, firstPauseMs = 30_000, sleep = defaultSleep, signal }: MenuRetryOptions,
): Promise<void> {
  for (let attempt = 1, pause = firstPauseMs; !signal?.aborted; attempt++) {
    try {
      await register();
      if (attempt > 1) log(`setMyCommands succeeded on try ${attempt}: the command menu is set`);
      return;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log(
        `setMyCommands failed (${reason}): the bot serves without its command menu; retrying in ${Math.round(pause / 1000)} s`,
      );
      await sleep(pause);
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
    }
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
