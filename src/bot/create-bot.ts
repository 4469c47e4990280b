// The one bot definition every runtime serves: Workers and Node webhooks, Node
// long polling, the console and the tests all feed it updates through
// handleUpdate (or bot.start) and differ only in how its API calls travel.

import { autoRetry } from "@grammyjs/auto-retry";
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Subscriptions } from "../domain/broadcast/ports.ts";
import type { Engine } from "../domain/engine.ts";
import type { PersonalData } from "../domain/privacy.ts";
import type { UnansweredQuestions } from "../domain/unanswered.ts";
import { type Logger, redactingLogger } from "../redacting-logger.ts";
import { adminFeature } from "./admin/feature.ts";
import { apiPatience } from "./api-patience.ts";
import { type AdminDeps, type BotContext, HtmlContext } from "./context.ts";
import { reportFailure } from "./error-boundary.ts";
import { browseFeature } from "./features/browse.ts";
import { type ChartDeps, chartsFeature } from "./features/charts.ts";
import { chatMembership } from "./features/chat-membership.ts";
import { commandsFeature } from "./features/commands.ts";
import { forgetFeature } from "./features/forget.ts";
import { groupsFeature } from "./features/groups.ts";
import { inlineFeature } from "./features/inline.ts";
import { questionsFeature } from "./features/questions.ts";
import { startHelpFeature } from "./features/start-help.ts";
import { subscriptionCommands } from "./features/subscriptions.ts";
import {
  DEFAULT_FLOOD_LIMIT,
  type FloodCounter,
  type FloodLimit,
  floodLimit,
} from "./flood-limit.ts";
import { useHtmlByDefault } from "./html-by-default.ts";
import { LeanComposer } from "./lean-composer.ts";
import { perChatOrder } from "./per-chat-order.ts";
import { loggingFailures } from "./unanswered-recording.ts";
import { byKind, type Feature } from "./update-kinds.ts";

export interface BotConfig {
  token: string;
  /** Another Bot API server (self-hosted, or an emulator in tests); the official one by default. */
  apiRoot?: string;
  /** getMe's result, so no getMe call is needed before the first update (Workers, tests). */
  botInfo?: UserFromGetMe;
  /** Telegram ids of the data admins, for the admin features. */
  adminUserIds: number[];
  /**
   * Behind a webhook, Telegram waits for the answer (calls give up sooner) and
   * redelivers an update the webhook did not accept (a store outage is handed back).
   */
  webhookMode?: boolean;
  /** Per-user flood limit; false turns it off (the console, where one person pipes many lines). */
  floodLimit?: FloodLimit | false;
  /** How API calls travel; on Workers, a fetch that counts them against the subrequest limit. */
  fetch?: typeof fetch;
  /** Updates handled concurrently (grammY's runner): each chat's still one at a time, in order. */
  sequentialPerChat?: boolean;
}

export interface BotDeps {
  engine: Engine;
  /** The data admins' store; without it (tests of other features) admin commands are not served. */
  admin?: AdminDeps;
  /** Without it (tests of other features), subscription commands are not served. */
  subscriptions?: Subscriptions;
  /** Flood-limit hits shared across bots made per request (one per Worker isolate). */
  floodCounter?: FloodCounter;
  /** Without it (tests of other features), /hapusdata is not served. */
  privacy?: PersonalData;
  /** Counts questions the bot could not answer, for /belumterjawab; without it, none are. */
  unanswered?: UnansweredQuestions;
  /** Draws and caches charts; without it, replies offer no chart button. */
  charts?: ChartDeps;
  logger?: Logger;
}

export function createBot(config: BotConfig, deps: BotDeps): Bot<BotContext> {
  const webhookMode = config.webhookMode ?? false;
  const patience = apiPatience(webhookMode);
  const bot = new Bot<BotContext>(config.token, {
    client: {
      apiRoot: config.apiRoot,
      timeoutSeconds: patience.timeoutSeconds,
      ...(config.fetch ? { fetch: config.fetch } : {}),
    },
    botInfo: config.botInfo,
    // The flavors' fields are set by the middleware below, before any feature runs.
    ContextConstructor: HtmlContext as unknown as new (
      ...args: ConstructorParameters<typeof HtmlContext>
    ) => BotContext,
  });
  bot.api.config.use(autoRetry(patience.retry));
  if (config.sequentialPerChat) bot.use(perChatOrder());

  // Everything below runs inside the boundary, whose handler throws only a
  // store outage behind a webhook: nothing else reaches bot.catch (whose default
  // would stop long polling) or handleUpdate's caller (a webhook would answer
  // 500 and get a poisonous update again). Whatever it logs, the token is blanked.
  const logger = redactingLogger(deps.logger ?? console, [config.token]);
  const guarded = new LeanComposer<BotContext>();
  bot.errorBoundary(reportFailure({ logger, webhookMode }), guarded);
  const unanswered = deps.unanswered && loggingFailures(deps.unanswered, logger);
  guarded.use((ctx, next) => {
    ctx.engine = deps.engine;
    if (unanswered) ctx.unanswered = unanswered;
    ctx.chartsOffered = deps.charts !== undefined;
    return next();
  });
  guarded.use(useHtmlByDefault());
  if (config.floodLimit !== false)
    guarded.use(floodLimit(config.floodLimit ?? DEFAULT_FLOOD_LIMIT, deps.floodCounter));
  // Order matters: commands before free text, /tanya before group mentions,
  // admin buttons before browsing (which calls any button it cannot read
  // stale), admin press releases before questions. Each feature names the
  // kinds of update it acts on, beside its handlers (update-kinds.ts): the
  // others skip it.
  const features: Feature<BotContext>[] = [];
  if (deps.admin) features.push(adminFeature(deps.admin, config.adminUserIds));
  if (deps.privacy) features.push(forgetFeature(deps.privacy));
  if (deps.subscriptions) {
    features.push(subscriptionCommands(deps.subscriptions), chatMembership(deps.subscriptions));
  }
  // Before browsing, which answers any button it cannot read as stale.
  if (deps.charts) features.push(chartsFeature(deps.charts));
  features.push(startHelpFeature, commandsFeature, browseFeature, inlineFeature);
  // An unknown command is a question too (in private chats, any text is).
  features.push(questionsFeature, groupsFeature);
  guarded.use(byKind(features));
  return bot;
}
