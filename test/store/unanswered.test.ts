// The unanswered-question counts per week, and the 90 days they are kept.

import { describe, expect, it } from "vitest";
import { countingClient } from "../../src/store/round-trips.ts";
import { createUnansweredQuestions } from "../../src/store/unanswered.ts";
import { seededStore } from "../support/reference.ts";

describe("unanswered questions in the store", () => {
  it("counts per week and sums over the kept period, this week apart", async () => {
    const { client } = await seededStore();
    const store = createUnansweredQuestions(client);
    const question = { text: "ikd kota bandung", reason: "no-data" as const };
    await store.record(question, "2026-11-02"); // a Monday
    await store.record(question, "2026-11-08"); // the Sunday of that week
    await store.record(question, "2026-11-30");
    await store.record({ text: "xyzzy", reason: "not-understood" }, "2026-11-30");

    const weeks = await client.execute(
      "SELECT week, count FROM unanswered_questions ORDER BY week",
    );
    expect(weeks.rows.map((r) => [r.week, r.count])).toEqual([
      ["2026-11-02", 2],
      ["2026-11-30", 1],
      ["2026-11-30", 1],
    ]);
    expect(await store.top(10, "2026-12-01")).toEqual([
      { ...question, total: 3, thisWeek: 1 },
      { text: "xyzzy", reason: "not-understood", total: 1, thisWeek: 1 },
    ]);
    expect(await store.top(1, "2026-12-01")).toHaveLength(1);
  });

  it("drops weeks older than 90 days when the next question is counted", async () => {
    const { client } = await seededStore();
    const store = createUnansweredQuestions(client);
    await store.record({ text: "old", reason: "no-data" }, "2026-01-05");
    await store.record({ text: "kept", reason: "no-data" }, "2026-02-02");
    await store.record({ text: "new", reason: "no-data" }, "2026-04-20");

    const { rows } = await client.execute("SELECT text FROM unanswered_questions ORDER BY week");
    expect(rows.map((r) => r.text)).toEqual(["kept", "new"]);
    // Nor does the listing show what is older than the period, before any pruning.
    expect((await store.top(10, "2026-08-01")).map((q) => q.text)).toEqual([]);
  });

  it("counts every one of the questions recorded at once, in one transaction", async () => {
    const { client } = await seededStore();
    const counter = countingClient(client);
    const store = createUnansweredQuestions(counter.client);
    const question = { text: "ikd kota bandung", reason: "no-data" as const };

    await Promise.all(Array.from({ length: 5 }, () => store.record(question, "2026-11-30")));

    expect(counter.count()).toBe(1);
    expect(await store.top(10, "2026-11-30")).toEqual([{ ...question, total: 5, thisWeek: 5 }]);
  });

  it("prunes once a day, not with every count", async () => {
    const { client } = await seededStore();
    const store = createUnansweredQuestions(client);
    const old = `INSERT INTO unanswered_questions (text, week, reason) VALUES ('old', '2026-01-05', 'no-data')`;
    const texts = async () =>
      (await client.execute("SELECT text FROM unanswered_questions ORDER BY week")).rows.map(
        (r) => r.text,
      );
    await store.record({ text: "first", reason: "no-data" }, "2026-11-30");
    await client.execute(old);

    await store.record({ text: "later", reason: "no-data" }, "2026-11-30");
    expect(await texts()).toEqual(["old", "first", "later"]);

    await store.record({ text: "next day", reason: "no-data" }, "2026-12-01");
    expect(await texts()).toEqual(["first", "later", "next day"]);
  });
});
