// The store's queries go through drizzle's builder over schema.ts, so a renamed
// column fails `tsc` rather than a query at run time. What still holds SQL
// strings, or reads rows by column name (rows.ts), is listed here with why:
// a new file with SQL strings fails this test, and so does a listed file that
// no longer has any (the list only shrinks).

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const STORE = new URL("../../src/store/", import.meta.url);

const STILL_SQL_STRINGS: Record<string, string> = {
  "db.ts": "migration bookkeeping and PRAGMAs (journal mode), which have no builder",
  "seed.ts": "bulk reference-data load (regions, aliases, indicators, releases) in one batch",
  "data-version.ts":
    "the version read the facts cache runs per question and the reference query batches with",
  "rows.ts": "the column-name row readers those string queries still need",
  "facts-query.ts":
    "the question path's one statement, packed as JSON by SQLite for speed (its header says why)",
  "reference-query.ts": "the reference data read, batched with the facts statement's data version",
  "processed-updates.ts": "update claims: one hot statement per update, still to convert",
  "claim-on-first-use.ts": "update claims riding the first batch of an update, still to convert",
  "embedded-client.ts":
    "the client itself: the transaction statements (BEGIN, COMMIT) it wraps batches in",
  "outbox.ts": "the delivery outbox: hot and subtle, left for its own change",
  "outbox-claim.ts": "the delivery claim: hot and subtle, left for its own change",
  "broadcasts.ts": "reads the summary claim's rows (outbox-claim.ts) by column name",
  "typed.ts": "hands drizzle's built statements to client.batch with the batch's mode; writes none",
  "group-commit.ts":
    "runs the statements its callers built, grouped into one client.batch; writes none of its own",
};

/** A SQL keyword opening a string, a client call with a statement, or a column-name row reader. */
const RAW_SQL = [
  /["'`]\s*(SELECT|INSERT|UPDATE|DELETE|WITH|PRAGMA)\s/,
  /\b(client|tx)\.(execute|batch|executeMultiple)\(/,
  /from "\.\/rows\.ts"/,
];

function filesWithRawSql(): string[] {
  return readdirSync(STORE)
    .filter((name) => name.endsWith(".ts"))
    .filter((name) => {
      const source = readFileSync(new URL(name, STORE), "utf8");
      // Comments may name SQL; code is what counts.
      const code = source.replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, "");
      return RAW_SQL.some((pattern) => pattern.test(code)) || name === "rows.ts";
    })
    .sort();
}

describe("the store's queries", () => {
  it("are built over the schema, except in the files listed with a reason", () => {
    expect(filesWithRawSql()).toEqual(Object.keys(STILL_SQL_STRINGS).sort());
  });
});
