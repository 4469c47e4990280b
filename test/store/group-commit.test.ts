// Group commit on real libSQL: writes queued in one turn of the event loop
// share one transaction, yet each hears its own outcome, and a failing write
// takes no other down with it.

import { type Client, LibsqlError } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { groupCommit } from "../../src/store/group-commit.ts";
import { createProcessedUpdates } from "../../src/store/processed-updates.ts";
import { countingClient } from "../../src/store/round-trips.ts";
import { seededStore } from "../support/reference.ts";

const insertUpdate = (id: number) => ({
  sql: "INSERT INTO processed_updates (update_id) VALUES (?)",
  args: [id],
});

async function updateIds(client: Client): Promise<number[]> {
  const { rows } = await client.execute(
    "SELECT update_id FROM processed_updates ORDER BY update_id",
  );
  return rows.map((row) => Number(row.update_id));
}

describe("group commit", () => {
  it("runs the writes of one turn as one batch, each getting its own results", async () => {
    const { client } = await seededStore();
    const counter = countingClient(client);
    const grouped = groupCommit(counter.client);

    const results = await Promise.all([
      grouped.write([insertUpdate(1)]),
      grouped.write([insertUpdate(2), insertUpdate(3)]),
      grouped.write([{ sql: "SELECT count(*) AS n FROM processed_updates", args: [] }]),
    ]);

    expect(counter.count()).toBe(1);
    expect(results.map((each) => each.length)).toEqual([1, 2, 1]);
    expect(results[1]?.map((result) => result.rowsAffected)).toEqual([1, 1]);
    // Each write sees the ones queued before it, as if run one after the other.
    expect(results[2]?.[0]?.rows[0]?.n).toBe(3);
  });

  it("fails only the write whose statement failed; the others are committed", async () => {
    const { client } = await seededStore();
    const grouped = groupCommit(client);
    await client.execute(insertUpdate(2));

    const outcomes = await Promise.allSettled([
      grouped.write([insertUpdate(1)]),
      // Its second statement breaks the primary key: its first is not written either.
      grouped.write([insertUpdate(5), insertUpdate(2)]),
      grouped.write([insertUpdate(3)]),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
    ]);
    const failed = outcomes[1];
    expect(failed?.status === "rejected" && failed.reason.code).toMatch(/^SQLITE_CONSTRAINT/);
    expect(await updateIds(client)).toEqual([1, 2, 3]);
  });

  it("fails every write of the group when the store itself fails, and runs none twice", async () => {
    const { client } = await seededStore();
    let batches = 0;
    const closedOnce = new Proxy(client, {
      get(target, property) {
        if (property !== "batch") return Reflect.get(target, property, target);
        return async (...args: Parameters<Client["batch"]>) => {
          batches += 1;
          if (batches === 1) throw new LibsqlError("The client is closed", "CLIENT_CLOSED");
          return target.batch(...args);
        };
      },
    });
    const grouped = groupCommit(closedOnce);

    const outcomes = await Promise.allSettled([
      grouped.write([insertUpdate(1)]),
      grouped.write([insertUpdate(2)]),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    expect(batches).toBe(1);
    expect(await updateIds(client)).toEqual([]);
  });
});

describe("a write alone in its turn", () => {
  it("of one statement is sent as that statement, with no transaction around it", async () => {
    const { client } = await seededStore();
    const calls: string[] = [];
    const watched = new Proxy(client, {
      get(target, property) {
        const member = Reflect.get(target, property, target);
        if (property !== "execute" && property !== "batch") return member;
        return (...args: unknown[]) => {
          calls.push(property);
          return (member as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const grouped = groupCommit(watched);

    const [inserted] = await grouped.write([insertUpdate(1)]);
    await grouped.write([insertUpdate(2), insertUpdate(3)]);

    expect(inserted?.rowsAffected).toBe(1);
    expect(calls).toEqual(["execute", "batch"]);
    expect(await updateIds(client)).toEqual([1, 2, 3]);
  });
});

describe("claims under load", () => {
  it("share one transaction and keep exactly-once: one claim per update id succeeds", async () => {
    const { client } = await seededStore();
    const counter = countingClient(client);
    const updates = createProcessedUpdates(counter.client);
    const ids = [1, 2, 3, 2, 4, 1, 5];

    const outcomes = await Promise.all(ids.map((id) => updates.claim(id)));

    expect(outcomes).toEqual([
      "claimed",
      "claimed",
      "claimed",
      "busy",
      "claimed",
      "busy",
      "claimed",
    ]);
    // One group, then one state read for each refused claim.
    expect(counter.count()).toBe(3);
    expect(await updateIds(client)).toEqual([1, 2, 3, 4, 5]);
  });

  it("records finishes once, with the next group, and keeps them when that group fails", async () => {
    const { client } = await seededStore();
    let failNext = false;
    const failing = new Proxy(client, {
      get(target, property) {
        if (property !== "batch") return Reflect.get(target, property, target);
        return async (...args: Parameters<Client["batch"]>) => {
          if (failNext) {
            failNext = false;
            throw new LibsqlError("database is locked", "SQLITE_BUSY");
          }
          return target.batch(...args);
        };
      },
    });
    const updates = createProcessedUpdates(failing);
    expect(await updates.claim(1)).toBe("claimed");
    await updates.finish(1);

    failNext = true;
    await expect(Promise.all([updates.claim(2), updates.claim(3)])).rejects.toThrow("locked");
    const done = async () =>
      (await client.execute("SELECT done_at IS NOT NULL AS done FROM processed_updates")).rows.map(
        (row) => row.done,
      );
    expect(await done()).toEqual([0]);

    expect(await Promise.all([updates.claim(2), updates.claim(3)])).toEqual(["claimed", "claimed"]);
    expect(await done()).toEqual([1, 0, 0]);
    expect(await updates.claim(1)).toBe("done");
  });
});
