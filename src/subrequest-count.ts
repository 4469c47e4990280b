// Workers entry: counts one invocation's subrequests (Bot API calls and
// database round trips) against its limit, so delivery and watching can ask
// how many are left (src/broadcast/subrequests.ts).

import type { Client } from "@libsql/client";
import type { SubrequestBudget } from "./broadcast/subrequests.ts";
import { countingClient } from "./store/round-trips.ts";

export interface CountedSubrequests {
  /** Use these in place of the originals for everything the invocation does. */
  client: Client;
  fetch: typeof fetch;
  budget: SubrequestBudget;
}

export function countSubrequests(
  client: Client,
  limit: number,
  fetchFn: typeof fetch = fetch,
): CountedSubrequests {
  const database = countingClient(client);
  let calls = 0;
  return {
    client: database.client,
    fetch: (input, init) => {
      calls += 1;
      return fetchFn(input, init);
    },
    budget: { left: () => limit - calls - database.count() },
  };
}
