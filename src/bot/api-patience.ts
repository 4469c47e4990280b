// How long the bot waits on Telegram. Behind a webhook, Telegram is waiting
// for our answer and the server gives up on an update after 10 s (grammY's
// webhook default), so a call times out after 4 s, a 429 asking for at most
// 3 s is retried once, and a 5xx is not retried: auto-retry's backoff for it
// starts at 3 s and doubles, and it also waits after the last attempt, so even
// one retry would take 9 s. (auto-retry also waits out a 429's retry_after
// after the last attempt: two 429s cost twice the delay.)
// Polling has nobody waiting: more retries, longer waits, and grammY's default
// call timeout, which the 30 s long polls of getUpdates need.
//
// A network failure (a dropped connection, a timeout) is never retried:
// auto-retry would retry it without limit, and a request cut off mid-way may
// have been delivered, so a retry could send the message twice. Polling
// retries its own getUpdates.

import type { AutoRetryOptions } from "@grammyjs/auto-retry";

export interface ApiPatience {
  /** Per call; undefined keeps grammY's default. */
  timeoutSeconds: number | undefined;
  retry: Partial<AutoRetryOptions>;
}

export function apiPatience(webhookMode: boolean): ApiPatience {
  return webhookMode
    ? {
        timeoutSeconds: 4,
        retry: {
          maxRetryAttempts: 1,
          maxDelaySeconds: 3,
          rethrowInternalServerErrors: true,
          rethrowHttpErrors: true,
        },
      }
    : {
        timeoutSeconds: undefined,
        retry: { maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true },
      };
}
