// A client whose statements pass through a hook on the way to the real store:
// how the broadcast tests record what a worker runs, or make its process "die"
// at a chosen write, without mocking the store itself.

import type { Client, InStatement, ResultSet } from "@libsql/client";

/** Sees one statement before it runs; returns its result (run it) or a failure. */
export type StatementHook = (
  sql: string,
  run: () => Promise<ResultSet>,
  statement: InStatement,
) => Promise<ResultSet>;

const sqlOf = (statement: InStatement): string =>
  typeof statement === "string" ? statement : statement.sql;

/**
 * The same client, with every `execute` passed through `hook`; a batch's
 * statements are shown to `seeBatch` (they run together, so one hook per
 * statement could not fail them one by one).
 */
export function intercepted(
  client: Client,
  hook: StatementHook,
  seeBatch?: (sql: string[]) => void,
): Client {
  return new Proxy(client, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property, target);
      if (typeof member !== "function") return member;
      const method = member.bind(target);
      if (property === "execute") {
        return (statement: InStatement) =>
          hook(sqlOf(statement), () => method(statement), statement);
      }
      if (property === "batch" && seeBatch !== undefined) {
        return (statements: InStatement[], mode?: string) => {
          seeBatch(statements.map(sqlOf));
          return method(statements, mode);
        };
      }
      return method;
    },
  });
}

/** Whether a statement only reads. */
export const isRead = (sql: string): boolean => sql.trimStart().toUpperCase().startsWith("SELECT");
