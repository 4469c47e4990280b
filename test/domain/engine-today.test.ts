// Without a `today` option the engine reads "tahun lalu" against the clock's
// UTC day, which it remembers until the day ends: a clock moved on, or set
// back, is read afresh.

import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { seededStore } from "../support/reference.ts";

let engine: Engine;

beforeAll(async () => {
  const store = await seededStore();
  engine = createEngine({ facts: store.facts });
});

afterEach(() => {
  vi.useRealTimers();
});

async function lastYearAt(clock: string): Promise<string> {
  vi.setSystemTime(new Date(clock));
  return (await engine.ask("KIA Kaltim tahun lalu", "id")).html;
}

describe("the engine's today", () => {
  it("follows the clock across days, forwards and back", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    expect(await lastYearAt("2026-03-01T10:00:00Z")).toContain("2025");
    expect(await lastYearAt("2026-03-01T23:59:59Z")).toContain("2025");
    expect(await lastYearAt("2027-01-01T00:00:00Z")).toContain("2026");
    expect(await lastYearAt("2024-06-01T12:00:00Z")).toContain("2023");
    expect(await lastYearAt("2024-06-01T12:00:00Z")).not.toContain("2026");
  });
});
