// `npm run cli -- import <csv> --publish` of 2,208 values killed with SIGKILL:
// at moments read off the write-ahead log (as its draft is committed, between
// the draft and the publication, as the publication is committed, after it)
// and after delays spread over a run. Whatever the moment, the database holds
// nothing of it, the whole draft or the whole publication; run again, the
// command succeeds and there is exactly one release, published once, its news
// enqueued once.

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
  const run = await wholeRun(fixture, true);
  runMs = run.ms;
  expect({ code: run.code, output: run.output }).toEqual({
    code: 0,
    output: "release #2 published: 2765 values and 0 targets as of 2025-01-31\n",
  });
  expect(run.state).toBe("published");
}, 60_000);
afterAll(() => removeFixture(fixture));

const share = (fraction: number) => afterShareOf(() => runMs, fraction);

describe("import --publish killed", () => {
  it.each([
    ["as its draft is being committed", (): KillMoment => ({ walBurst: 1, at: "writing" })],
    ["between its draft and its publication", (): KillMoment => ({ walBurst: 1, at: "written" })],
    ["as its publication is being committed", (): KillMoment => ({ walBurst: 2, at: "writing" })],
    ["after its publication, before it exits", (): KillMoment => ({ walBurst: 2, at: "written" })],
    ["at half a run", share(0.5)],
    ["at 80% of a run", share(0.8)],
    ["at 90% of a run", share(0.9)],
    ["at 100% of a run", share(1)],
  ])(
    "%s leaves nothing or a whole release, and running it again publishes exactly one",
    async (name, moment) => {
      const database = await freshDatabase(fixture, name.replaceAll(/\W+/g, "-"));

      await importKilled(fixture, database, true, moment());
      expectWholeOrNothing(fixture, await writtenIn(database));

      const again = await runImport(fixture, database, true);
      expect(again.code, again.output).toBe(0);
      expect(expectWholeOrNothing(fixture, await writtenIn(database))).toBe("published");
    },
  );
});
