// Telegram's per-group limit on a logical clock: no test waits for real time.

import { describe, expect, it } from "vitest";
import { Throttle } from "../../src/broadcast/throttle.ts";
import { LogicalClock } from "../support/broadcast.ts";

const LIMITS = { groupPerMinute: 20 };

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
