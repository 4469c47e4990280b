// The one way the store wraps a libSQL client (a deleted-file guard, failures
// said as the store being unavailable): its calls that reach the database go
// through `around`; everything else passes through to the real client.

import type { Client } from "@libsql/client";

/**
 * The client methods that reach the database. (The project writes with atomic
 * batches; an interactive transaction's own calls are not wrapped.)
 */
const DATABASE_CALLS: ReadonlySet<string | symbol> = new Set([
  "execute",
  "batch",
  "executeMultiple",
  "migrate",
  "transaction",
]);

/** Runs one database call; resolves or rejects as the wrapper decides. */
export type AroundCall = (call: () => Promise<unknown>) => Promise<unknown>;

export function wrappingDatabaseCalls(client: Client, around: AroundCall): Client {
  // Each member's forwarder is made once (again only if the member is replaced,
  // as a test's spy does): a proxy that binds on every read allocates two
  // functions per database call on the hot path.
  const forwarders = new Map<string | symbol, { member: unknown; forwarder: unknown }>();
  return new Proxy(client, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property, target);
      if (typeof member !== "function") return member;
      const made = forwarders.get(property);
      if (made?.member === member) return made.forwarder;
      // Bound to the real client: its methods use private fields a proxy does not have.
      const method = member.bind(target) as (...args: unknown[]) => Promise<unknown>;
      const forwarder = DATABASE_CALLS.has(property)
        ? (...args: unknown[]) => around(() => method(...args))
        : method;
      forwarders.set(property, { member, forwarder });
      return forwarder;
    },
  });
}
