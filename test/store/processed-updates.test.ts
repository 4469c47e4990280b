import { LibsqlError } from "@libsql/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UpdateTaken } from "../../src/domain/update-taken.ts";
import { claimOnFirstUse } from "../../src/store/claim-on-first-use.ts";
import {
  createProcessedUpdates,
  PROCESSING_DEADLINE_SECONDS,
} from "../../src/store/processed-updates.ts";
import { countingClient } from "../../src/store/round-trips.ts";
import { seededStore } from "../support/reference.ts";

/** Moves an update's claim back in time, as if its process had died that long ago. */
async function ageClaim(
  client: import("@libsql/client").Client,
  updateId: number,
  seconds: number,
) {
  await client.execute({
    sql: `UPDATE processed_updates
          SET received_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?) WHERE update_id = ?`,
    args: [`-${seconds} seconds`, updateId],
  });
}

describe("processed updates", () => {
  it("lets exactly one claim of an update id succeed; the others hear busy, then done", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);

    expect(await Promise.all([updates.claim(5), updates.claim(5)])).toEqual(["claimed", "busy"]);
    await updates.finish(5);
    // Recorded with the next claim, in the same round trip.
    expect(await updates.claim(6)).toBe("claimed");
    expect(await updates.claim(5)).toBe("done");

    await updates.release(6);
    expect(await updates.claim(6)).toBe("claimed");
  });

  it("records a finish at once when asked, and never releases a finished update", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);
    expect(await updates.claim(8)).toBe("claimed");
    await updates.finish(8, { now: true });
    await updates.release(8);
    expect(await updates.claim(8)).toBe("done");
  });

  it("hands a claim older than the processing deadline to the redelivery, not a fresher one", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);
    expect(await updates.claim(7)).toBe("claimed");
    await ageClaim(client, 7, PROCESSING_DEADLINE_SECONDS - 30);
    expect(await updates.claim(7)).toBe("busy");
    await ageClaim(client, 7, PROCESSING_DEADLINE_SECONDS + 1);
    expect(await updates.claim(7)).toBe("claimed");
    expect(await updates.claim(7)).toBe("busy");
  });

  it("prunes claims older than two days along with every hundredth claim", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);
    await client.execute(`
      INSERT INTO processed_updates (update_id, received_at) VALUES
        (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-3 days')),
        (2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 days'))`);

    expect(await updates.claim(99)).toBe("claimed");
    const remainingBefore = await client.execute("SELECT update_id FROM processed_updates");
    expect(remainingBefore.rows.map((row) => row.update_id)).toEqual([1, 2, 99]);

    expect(await updates.claim(100)).toBe("claimed");
    const remaining = await client.execute("SELECT update_id FROM processed_updates");
    expect(remaining.rows.map((row) => row.update_id)).toEqual([2, 99, 100]);
  });
});

describe("finishes recorded in the next claim's statement", () => {
  async function rows(client: import("@libsql/client").Client) {
    const { rows } = await client.execute(
      "SELECT update_id, done_at IS NOT NULL AS done FROM processed_updates ORDER BY update_id",
    );
    return rows.map((row) => [Number(row.update_id), row.done]);
  }

  it("records every finish waiting, and only those", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);
    for (const id of [1, 2, 3]) expect(await updates.claim(id)).toBe("claimed");
    await updates.finish(1);
    await updates.finish(3);

    expect(await updates.claim(4)).toBe("claimed");

    expect(await rows(client)).toEqual([
      [1, 1],
      [2, 0],
      [3, 1],
      [4, 0],
    ]);
  });

  it("tells a redelivery of the update whose finish was waiting that it is done", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);
    expect(await updates.claim(9)).toBe("claimed");
    await updates.finish(9);
    expect(await updates.claim(9)).toBe("done");
  });

  it("records the waiting finish before a stale claim of the same update could be taken over", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);
    expect(await updates.claim(10)).toBe("claimed");
    await updates.finish(10);
    await ageClaim(client, 10, PROCESSING_DEADLINE_SECONDS + 1);
    expect(await updates.claim(10)).toBe("done");
  });

  it("writes a finish whose row is gone (pruned) back as done, never as an unfinished claim", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);
    expect(await updates.claim(11)).toBe("claimed");
    await updates.finish(11);
    await client.execute("DELETE FROM processed_updates WHERE update_id = 11");

    expect(await updates.claim(12)).toBe("claimed");

    expect(await rows(client)).toEqual([
      [11, 1],
      [12, 0],
    ]);
    expect(await updates.claim(11)).toBe("done");
  });

  it("leaves a finished update finished when its finish is recorded again", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);
    expect(await updates.claim(13)).toBe("claimed");
    await updates.finish(13, { now: true });
    const before = await client.execute("SELECT done_at FROM processed_updates");
    await updates.finish(13);

    expect(await updates.claim(14)).toBe("claimed");

    const after = await client.execute(
      "SELECT done_at FROM processed_updates WHERE update_id = 13",
    );
    expect(after.rows[0]?.done_at).toBe(before.rows[0]?.done_at);
  });

  it("hands the finishes back when the claim fails, for the next claim to record", async () => {
    const { client } = await seededStore();
    let failNext = false;
    const failing = new Proxy(client, {
      get(target, property) {
        if (property !== "execute") return Reflect.get(target, property, target);
        return async (...args: Parameters<typeof client.execute>) => {
          if (failNext) {
            failNext = false;
            throw new LibsqlError("database is locked", "SQLITE_BUSY");
          }
          return target.execute(...args);
        };
      },
    });
    const updates = createProcessedUpdates(failing);
    expect(await updates.claim(15)).toBe("claimed");
    await updates.finish(15);

    failNext = true;
    await expect(updates.claim(16)).rejects.toThrow("locked");
    expect(await rows(client)).toEqual([[15, 0]]);

    expect(await updates.claim(16)).toBe("claimed");
    expect(await rows(client)).toEqual([
      [15, 1],
      [16, 0],
    ]);
  });
});

describe("pruning in a long-running process", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("happens at most once a minute, however many claims come", async () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);
    const addOld = (id: number) =>
      client.execute({
        sql: `INSERT INTO processed_updates (update_id, received_at)
              VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-3 days'))`,
        args: [id],
      });
    const ids = async () =>
      (await client.execute("SELECT update_id FROM processed_updates")).rows.map((row) =>
        Number(row.update_id),
      );

    await addOld(1);
    expect(await updates.claim(100)).toBe("claimed");
    await addOld(2);
    expect(await updates.claim(200)).toBe("claimed");
    expect(await ids()).toEqual([2, 100, 200]);

    vi.advanceTimersByTime(61_000);
    expect(await updates.claim(300)).toBe("claimed");
    expect(await ids()).toEqual([100, 200, 300]);
  });
});

describe("a claim taken with the update's first round trip", () => {
  it("rides in the first batch: one round trip for claim and reads", async () => {
    const { client } = await seededStore();
    const counted = countingClient(client);
    const first = claimOnFirstUse(counted.client, createProcessedUpdates(counted.client));
    expect(await first.updates.claim(20)).toBe("claimed");
    expect(counted.count()).toBe(0);

    const [one] = await first.client.batch(["SELECT 1 AS one"], "read");
    expect(one?.rows[0]?.one).toBe(1);
    expect(counted.count()).toBe(1);
    await first.client.execute("SELECT 2");
    expect(counted.count()).toBe(2);
    const { rows } = await client.execute("SELECT update_id FROM processed_updates");
    expect(rows.map((row) => row.update_id)).toEqual([20]);
  });

  it("refuses a duplicate with UpdateTaken, and nothing its batch wrote stays", async () => {
    const { client } = await seededStore();
    const store = createProcessedUpdates(client);
    expect(await store.claim(21)).toBe("claimed");

    const again = claimOnFirstUse(client, createProcessedUpdates(client));
    await again.updates.claim(21);
    const write = again.client.batch(
      ["INSERT INTO processed_updates (update_id) VALUES (999)"],
      "write",
    );
    await expect(write).rejects.toEqual(new UpdateTaken("busy"));
    const { rows } = await client.execute("SELECT update_id FROM processed_updates");
    expect(rows.map((row) => row.update_id)).toEqual([21]);

    await store.finish(21, { now: true });
    const later = claimOnFirstUse(client, createProcessedUpdates(client));
    await later.updates.claim(21);
    await expect(later.settle()).rejects.toEqual(new UpdateTaken("done"));
  });

  it("tells a redelivery of an update just handled that it is done, though its finish was still waiting", async () => {
    const { client } = await seededStore();
    const finished = new Set<number>();
    const first = claimOnFirstUse(client, createProcessedUpdates(client, finished));
    await first.updates.claim(30);
    await first.client.batch(["SELECT 1"], "read");
    await first.updates.finish(30);
    expect(finished).toEqual(new Set([30]));

    const redelivery = claimOnFirstUse(client, createProcessedUpdates(client, finished));
    await redelivery.updates.claim(30);
    await expect(redelivery.client.batch(["SELECT 1"], "read")).rejects.toEqual(
      new UpdateTaken("done"),
    );
    expect(finished).toEqual(new Set());
  });

  it("claims alone before an effect outside the database, once", async () => {
    const { client } = await seededStore();
    const counted = countingClient(client);
    const first = claimOnFirstUse(counted.client, createProcessedUpdates(counted.client));
    await first.updates.claim(22);
    await Promise.all([first.settle(), first.settle()]);
    await first.client.batch(["SELECT 1"], "read");
    expect(counted.count()).toBe(2);
  });
});
