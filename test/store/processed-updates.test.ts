import { describe, expect, it } from "vitest";
import { createProcessedUpdates } from "../../src/store/processed-updates.ts";
import { seededStore } from "../support/reference.ts";

describe("processed updates", () => {
  it("lets exactly one claim of an update id succeed until it is released", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);

    expect(await Promise.all([updates.claim(5), updates.claim(5)])).toEqual([true, false]);
    expect(await updates.claim(6)).toBe(true);

    await updates.release(5);
    expect(await updates.claim(5)).toBe(true);
    expect(await updates.claim(6)).toBe(false);
  });

  it("prunes claims older than two days along with every hundredth claim", async () => {
    const { client } = await seededStore();
    const updates = createProcessedUpdates(client);
    await client.execute(`
      INSERT INTO processed_updates (update_id, received_at) VALUES
        (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-3 days')),
        (2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 days'))`);

    expect(await updates.claim(99)).toBe(true);
    const remainingBefore = await client.execute("SELECT update_id FROM processed_updates");
    expect(remainingBefore.rows.map((row) => row.update_id)).toEqual([1, 2, 99]);

    expect(await updates.claim(100)).toBe(true);
    const remaining = await client.execute("SELECT update_id FROM processed_updates");
    expect(remaining.rows.map((row) => row.update_id)).toEqual([2, 99, 100]);
  });
});
