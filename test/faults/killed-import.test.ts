// `npm run cli -- import <csv>` of 2,208 values killed with SIGKILL, as its
// draft is committed, after it, and after delays spread over a run: the
// database holds nothing of it or the whole draft with every value and audit
// row; run again, the command succeeds and there is exactly one draft.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  afterShareOf,
  expectWholeOrNothing,
  freshDatabase,
  type ImportFixture,
  importFixture,
  importKilled,
  type KillMoment,
  removeFixture,
  runImport,
  wholeRun,
  writtenIn,
} from "../support/killed-import.ts";

let fixture: ImportFixture;
/** How long a whole run takes on this machine, to spread the kills over it. */
let runMs: number;

beforeAll(async () => {
  fixture = await importFixture();
  const run = await wholeRun(fixture, false);
  runMs = run.ms;
  expect({ code: run.code, output: run.output }).toEqual({
    code: 0,
    output: "draft #2 created: 2765 values and 0 targets as of 2025-01-31\n",
  });
  expect(run.state).toBe("draft");
}, 60_000);
afterAll(() => removeFixture(fixture));

const share = (fraction: number) => afterShareOf(() => runMs, fraction);

describe("import killed", () => {
  it.each([
    ["as its draft is being committed", (): KillMoment => ({ walBurst: 1, at: "writing" })],
    [
      "after its draft is committed, before it exits",
      (): KillMoment => ({ walBurst: 1, at: "written" }),
    ],
    ["at 80% of a run", share(0.8)],
    ["at 95% of a run", share(0.95)],
  ])(
    "%s leaves nothing or the whole draft, and running it again leaves exactly one",
    async (name, moment) => {
      const database = await freshDatabase(fixture, name.replaceAll(/\W+/g, "-"));

      await importKilled(fixture, database, false, moment());
      const killed = expectWholeOrNothing(fixture, await writtenIn(database));

      const again = await runImport(fixture, database, false);
      expect(again.code, again.output).toBe(0);
      expect(again.output).toMatch(
        killed === "draft" ? /^draft #2 already open, nothing written: / : /^draft #2 created: /,
      );
      expect(expectWholeOrNothing(fixture, await writtenIn(database))).toBe("draft");
    },
  );
});
