// Counts database round trips, for benchmarks and for tests that hold the store
// to "one round trip per question".

import type { Client } from "@libsql/client";

/** Each call to one of these reaches the database at least once. */
const ROUND_TRIP_METHODS: ReadonlySet<string | symbol> = new Set([
  "execute",
  "batch",
  "migrate",
  "executeMultiple",
  "transaction",
  // The embedded client's one-value read (embedded-client.ts).
  "firstValue",
]);

export interface CountingClient {
  /** Use in place of the wrapped client. */
  client: Client;
  /** Round trips since creation or the last reset(). */
  count(): number;
  reset(): void;
}

export function countingClient(client: Client): CountingClient {
  let count = 0;
  const counted = new Proxy(client, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property, target);
      if (typeof member !== "function") return member;
      // Bound to the real client: its methods use private fields a proxy does not have.
      const method = member.bind(target);
      if (!ROUND_TRIP_METHODS.has(property)) return method;
      return (...args: unknown[]) => {
        count += 1;
        return method(...args);
      };
    },
  });
  return {
    client: counted,
    count: () => count,
    reset: () => {
      count = 0;
    },
  };
}
