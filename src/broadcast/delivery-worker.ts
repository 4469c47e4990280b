// A delivery worker as an entry builds it: the outbox over the entry's
// database client, a Bot API client of its own and the rate limits from the
// configuration. Node keeps one for the life of the process (its rate limits
// carry over from run to run); a Worker builds one per invocation.

import { Api } from "grammy";
import type { BroadcastSettings } from "../config.ts";
import type { Outbox } from "../domain/broadcast/ports.ts";
import type { Engine } from "../domain/engine.ts";
import type { FactsSource } from "../domain/types.ts";
import type { Logger } from "../redacting-logger.ts";
import { type Clock, systemClock } from "./clock.ts";
import { createComposer } from "./compose.ts";
import {
  type DeliveryDeps,
  type DeliveryReport,
  type DeliverySettings,
  deliverDue,
  type RunOptions,
} from "./deliver.ts";
import { SEND_TIMEOUT_SECONDS } from "./send-timeout.ts";
import { telegramSender } from "./telegram-send.ts";
import { Throttle } from "./throttle.ts";

export interface DeliveryWorkerOptions {
  /** The store's outbox, wired by the entry (src/store/outbox.ts). */
  outbox: Outbox;
  engine: Engine;
  facts: FactsSource;
  token: string;
  apiRoot: string;
  settings: BroadcastSettings;
  logger: Logger;
  /** Workers: the fetch that counts subrequests. */
  fetch?: typeof fetch;
  clock?: Clock;
  /** Tests: a shorter wait for Telegram's answer. */
  sendTimeoutSeconds?: number;
}

/** How long delivery pauses when Telegram refuses the bot's token, before trying again. */
export const PAUSE_MS = 60_000;

/** Runs deliver what is due, within the budget given; call again for what comes due later. */
export type DeliveryWorker = (options?: RunOptions) => Promise<DeliveryReport>;

export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const parts = deliveryParts(options);
  return (run) => deliverDue(parts.deps(), parts.settings, run);
}

/** What a run needs, built once: deps() gives a fresh composer each run. */
export function deliveryParts(options: DeliveryWorkerOptions): {
  deps: () => DeliveryDeps;
  settings: DeliverySettings;
} {
  const { settings, clock = systemClock, sendTimeoutSeconds = SEND_TIMEOUT_SECONDS } = options;
  // Without auto-retry, unlike the bot's own Api: a 429 is rescheduled, not slept on.
  const api = new Api(options.token, {
    apiRoot: options.apiRoot,
    timeoutSeconds: sendTimeoutSeconds,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const send = telegramSender(api);
  const { outbox } = options;
  const throttle = new Throttle({ groupPerMinute: settings.groupRatePerMinute }, clock);
  return {
    deps: () => ({
      outbox,
      send,
      throttle,
      clock,
      logger: options.logger,
      composer: createComposer(options.engine, options.facts),
    }),
    settings: {
      batchSize: settings.batchSize,
      maxAttempts: settings.maxAttempts,
      leaseMs: settings.leaseSeconds * 1000,
      sendTimeoutMs: sendTimeoutSeconds * 1000,
      sendsInFlight: settings.sendsInFlight,
      // Whole milliseconds, rounded up: never faster than the rate.
      slotMs: Math.ceil(1000 / settings.ratePerSecond),
      pauseMs: PAUSE_MS,
    },
  };
}
