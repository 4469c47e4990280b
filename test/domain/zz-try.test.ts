import { readFileSync } from "node:fs";
import { it } from "vitest";
import { createEngine } from "../../src/domain/engine.ts";
import { seededStore } from "../support/reference.ts";

it("try", async () => {
  const store = await seededStore();
  if (process.env.HIST) {
    const sql = readFileSync("/tmp/und/hist.sql", "utf8").split(";;").filter((s) => s.trim());
    await store.client.batch(sql, "write");
    store.facts.invalidate();
  }
  const engine = createEngine({ facts: store.facts, today: () => "2026-11-30" });
  const qs = readFileSync("/tmp/und/qs.txt", "utf8").split("\n").filter(Boolean);
  for (const q of qs) {
    const r = await engine.ask(q);
    console.log(`### ${q}\n${JSON.stringify(r.question)}\n${r.html}\n`);
  }
});
