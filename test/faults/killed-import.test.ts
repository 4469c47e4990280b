// `npm run cli -- import <csv>` of 2,208 values killed with SIGKILL, as its
// draft is committed, after it, and after delays spread over a run: the
// database holds nothing of it or the whole draft with every value and audit
// row; run again, the command succeeds and there is exactly one draft.

import { describe, expect, it } from "vitest";
import { type KillMoment, killedImportSuite } from "../support/killed-import.ts";

const suite = killedImportSuite(false, {
  output: "draft #2 created: 2765 values and 0 targets as of 2025-01-31\n",
  state: "draft",
});

describe("import killed", () => {
  it.each([
    ["as its draft is being committed", (): KillMoment => ({ walBurst: 1, at: "writing" })],
    [
      "after its draft is committed, before it exits",
      (): KillMoment => ({ walBurst: 1, at: "written" }),
    ],
    ["at 80% of a run", suite.share(0.8)],
    ["at 95% of a run", suite.share(0.95)],
  ])(
    "%s leaves nothing or the whole draft, and running it again leaves exactly one",
    async (name, moment) => {
      const { killed, again, afterAgain } = await suite.killThenRunAgain(name, moment());

      expect(again.code, again.output).toBe(0);
      expect(again.output).toMatch(
        killed === "draft" ? /^draft #2 already open, nothing written: / : /^draft #2 created: /,
      );
      expect(afterAgain).toBe("draft");
    },
  );
});
