// Workers: what the Cron Trigger runs after delivering broadcasts (news of a
// publication is not kept waiting for a look at the sources). The pass gets a
// share of the invocation's subrequests (WATCH_SUBREQUEST_BUDGET, and never
// more than the invocation has left); what it cannot reach is due at once and
// picked up by the next invocation, a minute later. Failures are logged, never thrown.

import type { Config } from "../config.ts";
import type { Engine } from "../domain/engine.ts";
import type { WatchStore } from "../domain/watch/ports.ts";
import type { Logger } from "../redacting-logger.ts";
import { runWatch } from "./watch-run.ts";

export interface ScheduledInvocation {
  config: Config & { botToken: string };
  store: WatchStore;
  engine: Engine;
  logger: Logger;
  subrequests: { fetch: typeof fetch; budget: { left(): number } };
}

export async function watchOnSchedule(invocation: ScheduledInvocation): Promise<void> {
  const { config, subrequests } = invocation;
  const share = config.watch.subrequestBudget;
  if (share === 0) return;
  const atStart = subrequests.budget.left();
  const budget = {
    left: () => Math.min(share - (atStart - subrequests.budget.left()), subrequests.budget.left()),
  };
  try {
    await runWatch({
      store: invocation.store,
      engine: invocation.engine,
      token: config.botToken,
      apiRoot: config.apiRoot,
      adminUserIds: config.adminUserIds,
      settings: { intervalMinutes: config.watch.intervalMinutes },
      logger: invocation.logger,
      fetch: subrequests.fetch,
      budget,
    });
  } catch (error) {
    invocation.logger.error("watching pass failed", error);
  }
}
