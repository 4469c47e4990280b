// `npm run cli -- import <csv> --publish` of 2,208 values killed with SIGKILL:
// at moments read off the write-ahead log (as its draft is committed, between
// the draft and the publication, as the publication is committed, after it)
// and after delays spread over a run. Whatever the moment, the database holds
// nothing of it, the whole draft or the whole publication; run again, the
// command succeeds and there is exactly one release, published once, its news
// enqueued once.

import { describe, expect, it } from "vitest";
import { type KillMoment, killedImportSuite } from "../support/killed-import.ts";

const suite = killedImportSuite(true, {
  output: "release #2 published: 2765 values and 0 targets as of 2025-01-31\n",
  state: "published",
});

describe("import --publish killed", () => {
  it.each([
    ["as its draft is being committed", (): KillMoment => ({ walBurst: 1, at: "writing" })],
    ["between its draft and its publication", (): KillMoment => ({ walBurst: 1, at: "written" })],
    ["as its publication is being committed", (): KillMoment => ({ walBurst: 2, at: "writing" })],
    ["after its publication, before it exits", (): KillMoment => ({ walBurst: 2, at: "written" })],
    ["at half a run", suite.share(0.5)],
    ["at 80% of a run", suite.share(0.8)],
    ["at 90% of a run", suite.share(0.9)],
    ["at 100% of a run", suite.share(1)],
  ])(
    "%s leaves nothing or a whole release, and running it again publishes exactly one",
    async (name, moment) => {
      const { again, afterAgain } = await suite.killThenRunAgain(name, moment());

      expect(again.code, again.output).toBe(0);
      expect(afterAgain).toBe("published");
    },
  );
});
