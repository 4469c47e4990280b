// One delivery run: claim due deliveries in bounded batches and send them
// through a window of a few sends in flight, each on its send slot (the rate
// shared by every worker on the database) and within the per-group limit,
// settling each in the outbox (sent with Telegram's message_id, retried,
// failed, dropped) right after its answer. So a run that dies loses nothing,
// and re-sends at most the sends it had in flight: the rest of its batch is
// still leased, and is claimed again once the lease runs out.
//
// A send starts only while its lease will outlast it; a send Telegram does not
// answer in time is not sent again by itself (it may still arrive). A run
// looks before it claims, read-only, so finding nothing due writes nothing. It
// ends when nothing more is due (and the summaries owed are sent), when its
// subrequest budget is spent, when asked to stop (the sends in flight finish,
// the rest of the batch is handed back), or when Telegram refuses the bot's
// token (delivery then pauses, for every worker, and the deliveries wait).

import type {
  Claim,
  ClaimedDelivery,
  ClaimRequest,
  FinishedBroadcast,
  Outbox,
} from "../domain/broadcast/ports.ts";
import type { Html } from "../domain/html.ts";
import { splitMessage } from "../domain/split-message.ts";
import type { Logger } from "../redacting-logger.ts";
import type { Clock } from "./clock.ts";
import type { Composer } from "./compose.ts";
import { SendWindow } from "./send-window.ts";
import { settle, type Tally } from "./settle.ts";
import { type SubrequestBudget, UNLIMITED } from "./subrequests.ts";
import type { Send, SendOutcome } from "./telegram-send.ts";
import { GROUP_WINDOW_MS, type Throttle } from "./throttle.ts";

export interface DeliverySettings {
  /** Deliveries claimed at once. */
  batchSize: number;
  /** Tries of a delivery failing for a passing reason (5xx, network). */
  maxAttempts: number;
  /** How long a claim is held: far longer than a batch takes to send. */
  leaseMs: number;
  /** The longest one send may take (the Bot API client's timeout). */
  sendTimeoutMs: number;
  /** Sends in flight at once; after a crash, at most this many go twice. */
  sendsInFlight: number;
  /** Time between two sends overall: 1000 / the overall rate per second. */
  slotMs: number;
  /** How long delivery pauses when Telegram refuses the bot's token (401, 404). */
  pauseMs: number;
}

export interface DeliveryDeps {
  outbox: Outbox;
  send: Send;
  throttle: Throttle;
  clock: Clock;
  logger: Logger;
  /** A fresh one per run. */
  composer: Composer;
}

/**
 * Deliveries by how they ended in this run ("later": to be tried again, when
 * rate limited, moved to a supergroup, failing for now or paused; "dropped":
 * not sent, the chat no longer takes news), and the summaries sent.
 */
export type DeliveryReport = Record<Tally | "summaries", number> & {
  /** When the next waiting delivery comes due, as the run's last look saw it (null: none). */
  nextDueAt?: number | null;
};

export interface RunOptions {
  budget?: SubrequestBudget;
  signal?: AbortSignal;
}

/** Subrequests one delivery may take: composing (a read), sending, settling. */
const PER_DELIVERY = 3;
/** A look, a claim and a final release. */
const PER_CLAIM = 3;
const SUMMARIES_PER_CLAIM = 5;

/** What a run shares between its batches and the sends in flight. */
interface Run {
  deps: DeliveryDeps;
  settings: DeliverySettings;
  signal: AbortSignal | undefined;
  /** Subrequests left for this run's next steps. */
  left: () => number;
  report: DeliveryReport;
  window: SendWindow;
  /** The last delivery started to each chat, until it ends: the next waits for it. */
  chatsInFlight: Map<number, Promise<void>>;
  /** Sends made and not recorded yet: the outbox does not count them for the group limit. */
  unrecorded: Set<{ chatId: number; sentAt: number }>;
  /** Set by a send that found its lease too short to start: the batch stops there. */
  leaseEnding: boolean;
  /** Set when Telegram refused the bot's token. */
  paused: boolean;
}

export async function deliverDue(
  deps: DeliveryDeps,
  settings: DeliverySettings,
  { budget = UNLIMITED, signal }: RunOptions = {},
): Promise<DeliveryReport> {
  const { outbox, clock } = deps;
  const run = newRun(deps, settings, budget, signal);
  while (!signal?.aborted && !run.paused) {
    const spare = run.left() - PER_CLAIM;
    const summaries = Math.max(0, Math.min(SUMMARIES_PER_CLAIM, spare - PER_DELIVERY));
    const limit = Math.min(settings.batchSize, Math.floor((spare - summaries) / PER_DELIVERY));
    if (limit < 1) break;
    const due = await outbox.due(clock.now());
    run.report.nextDueAt = due.next;
    if (!due.now) {
      if (run.window.inFlight === 0) break;
      // What is in flight may finish a broadcast, whose summary is then owed.
      await run.window.drain();
      continue;
    }
    const claim = await claimBatch(run, (request) =>
      outbox.claim({ ...request, limit, summaries }),
    );
    for (const finished of claim.finished) await summarize(deps, finished, run.report);
    if (claim.deliveries.length === 0) {
      if (run.window.inFlight === 0 && claim.finished.length === 0) break;
      await run.window.drain();
      continue;
    }
    if (await sendClaimed(run, claim)) break;
  }
  await run.window.drain();
  return run.report;
}

/**
 * A queue consumer's run: the deliveries its messages name, those still to be
 * sent, sent within the shared rate; what it could not start goes back.
 */
export async function deliverNamed(
  deps: DeliveryDeps,
  settings: DeliverySettings,
  ids: number[],
  { budget = UNLIMITED, signal }: RunOptions = {},
): Promise<DeliveryReport> {
  const run = newRun(deps, settings, budget, signal);
  const claim = await claimBatch(run, (request) => deps.outbox.claimNamed(request, ids));
  await sendClaimed(run, claim);
  await run.window.drain();
  return run.report;
}

function newRun(
  deps: DeliveryDeps,
  settings: DeliverySettings,
  budget: SubrequestBudget,
  signal: AbortSignal | undefined,
): Run {
  const run: Run = {
    deps,
    settings,
    signal,
    report: { sent: 0, later: 0, failed: 0, dropped: 0, summaries: 0 },
    window: new SendWindow(settings.sendsInFlight),
    chatsInFlight: new Map(),
    unrecorded: new Set(),
    leaseEnding: false,
    paused: false,
    // What the sends in flight will still spend is not there to spend.
    left: () => budget.left() - run.window.inFlight * PER_DELIVERY,
  };
  return run;
}

/** Sends a claim's deliveries on their slots; true when the run must end (asked to stop, paused, out of budget). */
async function sendClaimed(run: Run, claim: LeasedClaim): Promise<boolean> {
  const { settings, deps } = run;
  const stopping = () =>
    run.signal?.aborted || run.paused || run.leaseEnding || run.left() < PER_DELIVERY + 1;
  run.leaseEnding = false;
  for (const [index, delivery] of claim.deliveries.entries()) {
    if (stopping()) break;
    await run.window.space();
    const slot = claim.firstSlot + index * settings.slotMs;
    if (slot > deps.clock.now()) await deps.clock.sleep(slot - deps.clock.now());
    startDelivery(run, delivery, claim.lease, claim.leaseUntil);
  }
  if (!stopping()) return false;
  // Whatever the batch did not start goes back; the sends in flight finish first,
  // since the release takes back every delivery still leased.
  await run.window.drain();
  await deps.outbox.release(claim.lease);
  return run.signal?.aborted === true || run.paused || run.left() < PER_CLAIM;
}

type LeasedClaim = Claim & { lease: string; leaseUntil: number };

async function claimBatch(
  run: Run,
  claiming: (request: ClaimRequest) => Promise<Claim>,
): Promise<LeasedClaim> {
  const { clock, throttle } = run.deps;
  const now = clock.now();
  const lease = crypto.randomUUID();
  const leaseUntil = now + run.settings.leaseMs;
  const claim = await claiming({
    lease,
    now,
    leaseUntil,
    limit: 0,
    summaries: 0,
    groupSendsSince: now - GROUP_WINDOW_MS,
    slotMs: run.settings.slotMs,
  });
  // The outbox's record of the last minute, and this run's sends not recorded yet.
  throttle.recall([...claim.groupSends, ...run.unrecorded]);
  return { ...claim, lease, leaseUntil };
}

function startDelivery(run: Run, delivery: ClaimedDelivery, lease: string, leaseUntil: number) {
  const { chatId } = delivery;
  const before = run.chatsInFlight.get(chatId);
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  run.chatsInFlight.set(chatId, done);
  run.window.start(async () => {
    try {
      // Two broadcasts to one chat in a batch go in order.
      if (before !== undefined) await before;
      const tally = await deliver(run, delivery, lease, leaseUntil);
      if (tally !== null) run.report[tally] += 1;
    } finally {
      if (run.chatsInFlight.get(chatId) === done) run.chatsInFlight.delete(chatId);
      finish();
    }
  });
}

/**
 * One claimed delivery: sent and settled, or put back, failed or dropped
 * without a send; null when its lease is too short to send it (the batch's
 * release hands it back).
 */
async function deliver(
  run: Run,
  delivery: ClaimedDelivery,
  lease: string,
  leaseUntil: number,
): Promise<Tally | null> {
  const { deps, settings } = run;
  const { outbox, throttle, clock } = deps;
  const { id, chatId, subscription } = delivery;
  if (!subscription?.active) {
    await outbox.drop(id, lease, chatId);
    return "dropped";
  }
  // A delivery that took the worker down every time it was tried stops here.
  if (delivery.attempts > settings.maxAttempts) {
    await outbox.fail(id, lease, `gave up after ${settings.maxAttempts} attempts`);
    return "failed";
  }
  const html = await deps.composer.message(delivery.broadcast, subscription);
  // Checked last thing before the send, so that no send starts once its lease
  // has ended (another worker may hold the delivery by then).
  if (run.paused || clock.now() + settings.sendTimeoutMs > leaseUntil) {
    run.leaseEnding = true;
    return null;
  }
  const readyAt = throttle.readyAt(chatId);
  if (readyAt > clock.now()) {
    await outbox.defer(id, lease, readyAt, "per-group rate limit");
    return "later";
  }
  throttle.sent(chatId);
  const unrecorded = { chatId, sentAt: clock.now() };
  run.unrecorded.add(unrecorded);
  try {
    const outcome = await sendParts(run, chatId, html);
    if (outcome.kind === "refused-bot") await pause(run, delivery, outcome.description);
    const { maxAttempts, pauseMs } = settings;
    return await settle({ ...deps, lease, maxAttempts, pauseMs }, delivery, outcome, clock.now());
  } finally {
    run.unrecorded.delete(unrecorded);
  }
}

/**
 * A message over Telegram's 4,096 characters goes in parts, in order, each a
 * slot after the one before; the first part's message_id is recorded. A part
 * that fails stops the rest, and the delivery's outcome is that part's.
 */
async function sendParts(run: Run, chatId: number, html: Html): Promise<SendOutcome> {
  const { send, clock } = run.deps;
  const [first = html, ...rest] = splitMessage(html);
  const outcome = await send(chatId, first);
  for (const part of rest) {
    if (outcome.kind !== "sent") break;
    await clock.sleep(run.settings.slotMs);
    const next = await send(chatId, part);
    if (next.kind !== "sent") return next;
  }
  return outcome;
}

/** Telegram refused the bot: every worker stops claiming for a while, and the owners are told if Telegram lets us. */
async function pause(run: Run, delivery: ClaimedDelivery, reason: string): Promise<void> {
  const { outbox, clock, logger, send } = run.deps;
  if (run.paused) return;
  run.paused = true;
  const until = clock.now() + run.settings.pauseMs;
  await outbox.pause(until);
  logger.error("broadcast delivery paused: Telegram refused the bot's token", { reason, until });
  const owner = delivery.broadcast.notify;
  if (owner === null) return;
  const notice = await run.deps.composer.paused(delivery.broadcast, reason, until);
  const told = await send(owner, notice);
  if (told.kind !== "sent") logger.error("pause notice not sent", { owner, error: told });
}

/** Summaries are claimed before they are sent: one that fails to go is not sent twice. */
async function summarize(
  { send, composer, logger }: DeliveryDeps,
  finished: FinishedBroadcast,
  report: DeliveryReport,
): Promise<void> {
  if (finished.notify === null) return;
  const outcome = await send(finished.notify, await composer.summary(finished));
  if (outcome.kind === "sent") report.summaries += 1;
  else logger.error("broadcast summary not sent", { broadcast: finished.id, error: outcome });
}
