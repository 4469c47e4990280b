// POST /telegram, the webhook Telegram delivers updates to.
//
// Updates go to bot.handleUpdate directly rather than through grammY's
// webhookCallback. The adapter parses the body and runs the bot in one step,
// leaving no point in between to claim the update_id, and at its deadline it
// either throws or answers 200 while letting go of the still-running update
// (which Workers would then cancel). Here the claim comes first (on Workers it
// rides with the update's first database round trip: claim-on-first-use.ts);
// an update is done only once handled. A failure releases the claim and
// answers non-2xx, so Telegram's redelivery is processed; an update still
// running at the deadline keeps its claim, is kept alive (waitUntil) and
// answered 503; a claim whose process died expires after the processing
// deadline, and the redelivery takes it over. No webhook reply is used: the
// bot's API calls are ordinary requests.
//
// createBot's error boundary turns a failing feature into an apology and a
// normal end. What fails here is a store outage, which the boundary hands back
// (503: Telegram retries later, and the update is answered once the store is
// back), or what lies outside the boundary (bot.init's getMe, a bot without a
// boundary): 500.

import { type Bot, BotError } from "grammy";
import type { Update } from "grammy/types";
import type { Context } from "hono";
import { Hono } from "hono";
import { isStoreUnavailable } from "../domain/store-unavailable.ts";
import { updateTakenIn } from "../domain/update-taken.ts";
import type { ClaimOutcome, ProcessedUpdates } from "../domain/updates/ports.ts";
import { limitBodySize } from "./body-size.ts";
import { finishesWithin } from "./deadline.ts";
import type { ErrorLogger } from "./error-log.ts";
import { retryingReleases } from "./release-retries.ts";
import { requireSecretToken } from "./secret-token.ts";
import { parseUpdate } from "./telegram-update.ts";

/** All the webhook needs from a grammY Bot, whatever its context type. */
export type WebhookBot = Pick<Bot, "init" | "handleUpdate">;

export interface TelegramRouteOptions {
  bot: WebhookBot;
  webhookSecret: string;
  updates: ProcessedUpdates;
  /** Claims whose release failed, to release before the next claim (see release-retries.ts). */
  unreleasedClaims: Set<number>;
  maxBodyBytes: number;
  /** How long Telegram is kept waiting before the update is answered as not done yet. */
  timeoutMs: number;
  logger: ErrorLogger;
}

export function telegramRoute(options: TelegramRouteOptions): Hono {
  const { bot, logger } = options;
  const updates = retryingReleases(options.updates, options.unreleasedClaims);

  async function processOnce(update: Update): Promise<void> {
    try {
      // A no-op when botInfo was given; otherwise one getMe, shared by concurrent requests.
      await bot.init();
      await bot.handleUpdate(update);
    } catch (error) {
      // A claim found taken was never ours to release.
      if (updateTakenIn(innerError(error)) === undefined) {
        await updates
          .release(update.update_id)
          .catch((releaseError: unknown) =>
            logger.error(`update ${update.update_id}: claim not released`, releaseError),
          );
      }
      throw error;
    }
  }

  return new Hono().post(
    "/",
    // Before anything else: an unauthenticated request costs no body read and no query.
    requireSecretToken(options.webhookSecret),
    limitBodySize(options.maxBodyBytes, (c) =>
      c.json({ ok: false, error: "payload too large" }, 413),
    ),
    async (c) => {
      const update = parseUpdate(await c.req.text());
      if (update === undefined) return c.json({ ok: false, error: "malformed update" }, 400);
      const id = update.update_id;

      let claim: ClaimOutcome;
      try {
        claim = await updates.claim(id);
      } catch (error) {
        if (!isStoreUnavailable(error)) throw error;
        logger.error(`update ${id}: store unavailable, not taken on`, error);
        return storeUnavailable(c);
      }
      if (claim !== "claimed") return taken(c, claim);

      const processing = processOnce(update);
      try {
        if (await finishesWithin(processing, options.timeoutMs)) {
          // Recorded with the next claim: after this 200 Telegram does not redeliver.
          await updates.finish(id);
          return handled(c);
        }
      } catch (error) {
        const inner = innerError(error);
        const takenBy = updateTakenIn(inner);
        if (takenBy !== undefined) return taken(c, takenBy.outcome);
        if (isStoreUnavailable(inner)) {
          logger.error(`update ${id}: store unavailable; released for redelivery`, error);
          return storeUnavailable(c);
        }
        logger.error(`update ${id} failed; released for redelivery`, error);
        return c.json({ ok: false, error: "update failed" }, 500);
      }
      // Still running: the claim stays, so Telegram's redelivery after this non-2xx
      // answer is told "busy" until processing ends; done, it is recorded at once,
      // and the redelivery is acknowledged. Failed, the claim is released and the
      // redelivery processed; if the process dies, the claim expires (the deadline).
      keepRunning(
        c,
        processing
          .then(() => updates.finish(id, { now: true }))
          .catch((error: unknown) => logger.error(`update ${id} failed after timeout`, error)),
      );
      return stillProcessing(c);
    },
  );
}

/** handleUpdate wraps what the middleware threw in a BotError. */
function innerError(error: unknown): unknown {
  return error instanceof BotError ? error.error : error;
}

/**
 * An empty 200, as grammY's own webhook adapter answers: Telegram reads only
 * the status (a JSON body naming a method would be taken as a Bot API call),
 * and on Node an empty body is one write to the socket, where a body is sent
 * as a second chunk (tens of microseconds per update, one at a time).
 */
function handled(c: Context): Response {
  return c.body("", 200);
}

/** Handled already: acknowledged. Still being handled elsewhere: asked to come back. */
function taken(c: Context, outcome: "done" | "busy"): Response {
  return outcome === "done" ? c.json({ ok: true, duplicate: true }) : stillProcessing(c);
}

function stillProcessing(c: Context): Response {
  return c.json({ ok: false, error: "still processing" }, 503);
}

/** Telegram redelivers after a non-2xx answer, by when the store may be back. */
function storeUnavailable(c: Context): Response {
  return c.json({ ok: false, error: "store unavailable" }, 503);
}

/** Workers cancel a request's pending work once it is answered, unless told to wait for it. */
function keepRunning(c: Context, task: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(task);
  } catch {
    // No ExecutionContext (Node, app.request in tests): there nothing cancels the task.
  }
}
