import { describe, expect, it } from "vitest";
import { setMenuInBackground } from "../src/command-menu.ts";

describe("the command menu at start-up", () => {
  it("is retried after failures, with a line each time saying the bot serves anyway", async () => {
    const lines: string[] = [];
    const pauses: number[] = [];
    let failures = 2;
    let registered = false;
    await setMenuInBackground(
      async () => {
        if (failures-- > 0)
          throw new Error("Call to 'setMyCommands' failed! (429: Too Many Requests)");
        registered = true;
      },
      {
        log: (line) => lines.push(line),
        firstPauseMs: 1000,
        sleep: async (ms) => void pauses.push(ms),
      },
    );
    expect(registered).toBe(true);
    expect(pauses).toEqual([1000, 2000]);
    expect(lines[0]).toBe(
      "setMyCommands failed (Call to 'setMyCommands' failed! (429: Too Many Requests)): the bot serves without its command menu; retrying in 1 s",
    );
    expect(lines.at(-1)).toBe("setMyCommands succeeded on try 3: the command menu is set");
  });

  it("stops retrying at shutdown", async () => {
    const stop = new AbortController();
    let tries = 0;
    await setMenuInBackground(
      async () => {
        tries += 1;
        throw new Error("down");
      },
      { log: () => {}, sleep: async () => stop.abort(), signal: stop.signal },
    );
    expect(tries).toBe(1);
  });
});
