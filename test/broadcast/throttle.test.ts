// Telegram's broadcast limits on a logical clock: no test waits for real time.

import { describe, expect, it } from "vitest";
import { Throttle } from "../../src/broadcast/throttle.ts";
import { LogicalClock } from "../support/broadcast.ts";

const LIMITS = { perSecond: 25, groupPerMinute: 20 };

describe("the overall rate", () => {
  it("spaces messages so that no second holds more than 25", async () => {
    const clock = new LogicalClock(0);
    const throttle = new Throttle(LIMITS, clock);
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      await throttle.turn();
      times.push(clock.now());
    }
    for (const start of times) {
      expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(25);
    }
    expect(times.at(-1)).toBe(99 * 40);
  });

  it("does not wait when sends are already slower than the limit", async () => {
    const clock = new LogicalClock(0);
    const throttle = new Throttle(LIMITS, clock);
    await throttle.turn();
    clock.advance(500);
    await throttle.turn();
    expect(clock.now()).toBe(500);
  });
});

describe("the per-group rate", () => {
  it("lets a group have 20 messages in a minute, the 21st a minute after the first", () => {
    const clock = new LogicalClock(0);
    const throttle = new Throttle(LIMITS, clock);
    const group = -100123;
    for (let i = 0; i < 20; i++) {
      expect(throttle.readyAt(group)).toBe(clock.now());
      throttle.sent(group);
      clock.advance(1000);
    }
    expect(throttle.readyAt(group)).toBe(60_000);
    // People and other groups are not held up.
    expect(throttle.readyAt(4242)).toBe(clock.now());
    expect(throttle.readyAt(-100999)).toBe(clock.now());
    clock.advance(40_000);
    expect(throttle.readyAt(group)).toBe(clock.now());
  });

  it("counts what the outbox says was sent, by any worker", () => {
    const clock = new LogicalClock(100_000);
    const throttle = new Throttle(LIMITS, clock);
    const group = -100123;
    throttle.recall(Array.from({ length: 20 }, (_, i) => ({ chatId: group, sentAt: 50_000 + i })));
    expect(throttle.readyAt(group)).toBe(110_000);
    // A recall starts again: what it does not list is forgotten.
    throttle.recall([]);
    expect(throttle.readyAt(group)).toBe(100_000);
  });
});
