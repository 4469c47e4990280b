// `broadcast:retry <id>`: a broadcast's failed deliveries waiting again (after
// a token was rotated, say); the running bot or the next Cron Trigger sends
// them, within the rate limits, and the admin who published hears how it went.

import { createBroadcasts } from "../store/broadcasts.ts";
import type { Command } from "./command.ts";
import { withPreparedDatabase } from "./prepared-database.ts";

export const broadcastRetry: Command = async ({ database, args }) => {
  const [id, ...rest] = args;
  if (id === undefined || rest.length > 0 || !/^\d{1,9}$/.test(id)) {
    throw new Error(
      `broadcast:retry takes one broadcast number (as /siaran shows it), not "${args.join(" ")}"`,
    );
  }
  return withPreparedDatabase(database, async ({ client }) => {
    const retried = await createBroadcasts(client).retryFailed(Number(id));
    if (retried === null) throw new Error(`there is no broadcast #${id}`);
    if (retried === 0) return `broadcast #${id} has no failed deliveries`;
    return `broadcast #${id}: ${retried} failed ${retried === 1 ? "delivery is" : "deliveries are"} waiting to be sent again`;
  });
};
