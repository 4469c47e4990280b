// A Workers invocation may make only so many subrequests (50 on the free
// plan), counting every Bot API call and every database round trip. The
// delivery worker asks how many are left before each step; on Node nothing
// counts them and the budget is unlimited.

import type { Client } from "@libsql/client";
import { countingClient } from "../store/round-trips.ts";

export interface SubrequestBudget {
  left(): number;
}

export const UNLIMITED: SubrequestBudget = { left: () => Infinity };

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
