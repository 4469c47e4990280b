// Start-up's first call to the Bot API, retried while Telegram cannot be
// reached, with a line for the operator at every failure and a bounded wait:
// an unreachable or silent API root otherwise left `npm start` hanging with no
// word for minutes. Telegram answering with an error (a revoked token) is not
// a network problem: it fails at once, naming the setting to fix.

import { GrammyError } from "grammy";

export interface ReachOptions {
  /** Shown in messages: not a secret (the token is in the path, never in the root). */
  apiRoot: string;
  /** Gives up once this long has passed (TELEGRAM_START_WAIT_SECONDS); 0: one try. */
  waitSeconds: number;
  log: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** How long one try may take before it counts as no answer. */
export const TRY_TIMEOUT_SECONDS = 10;
/** Waits between tries double from 1 s up to this. */
const MAX_PAUSE_SECONDS = 15;

export async function untilTelegramAnswers(
  call: (signal: AbortSignal) => Promise<unknown>,
  { apiRoot, waitSeconds, log, sleep = defaultSleep, now = Date.now }: ReachOptions,
): Promise<void> {
  const started = now();
  for (let attempt = 1, pause = 1; ; attempt++, pause = Math.min(pause * 2, MAX_PAUSE_SECONDS)) {
    try {
      await call(AbortSignal.timeout(TRY_TIMEOUT_SECONDS * 1000));
      if (attempt > 1) log(`Telegram Bot API at ${apiRoot} answered`);
      return;
    } catch (error) {
      if (error instanceof GrammyError) throw refused(error);
      const elapsed = (now() - started) / 1000;
      const reason = unreachableReason(error);
      if (elapsed + pause > waitSeconds) {
        throw new Error(
          `cannot reach the Telegram Bot API at ${apiRoot} (${reason}) after ${attempt} ${attempt === 1 ? "try" : "tries"}: check the network, or TELEGRAM_API_ROOT (TELEGRAM_START_WAIT_SECONDS sets how long to keep trying)`,
        );
      }
      log(
        `cannot reach the Telegram Bot API at ${apiRoot} (${reason}); trying again in ${pause} s (for up to ${waitSeconds} s in all)`,
      );
      await sleep(pause * 1000);
    }
  }
}

function refused(error: GrammyError): Error {
  if (error.error_code === 401 || error.error_code === 404) {
    return new Error(
      `Telegram refused the bot token (${error.error_code} ${error.description}): check TELEGRAM_BOT_TOKEN`,
    );
  }
  return new Error(`Telegram refused the first call (${error.error_code} ${error.description})`);
}

/** A short reason without URLs (a URL would carry the token). */
function unreachableReason(error: unknown): string {
  // grammY's HttpError keeps the failure in `error`; fetch's own errors in `cause`.
  const seen = new Set<unknown>();
  for (
    let e = error;
    e instanceof Error && !seen.has(e);
    e = e.cause ?? (e as { error?: unknown }).error
  ) {
    seen.add(e);
    if (e.name === "TimeoutError" || e.name === "AbortError") {
      return `no answer within ${TRY_TIMEOUT_SECONDS} s`;
    }
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return code;
  }
  return "the request failed";
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
