// `npm run cli -- import` as an operator runs it: a real process, its stdout
// and stderr apart, its exit code.

import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../src/store/db.ts";
import { PROJECT_ROOT } from "../support/child-process.ts";

const SEED_ARTICLE = new URL("../../data/releases/2024-06-13-dkp3a-kaltim.txt", import.meta.url)
  .pathname;

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tanya-e2e-cli-"));
  const url = `file:${join(dir, "tanya.db")}`;
  (await prepareDatabase({ url })).client.close();
  env = { PATH: process.env.PATH ?? "", DATABASE_URL: url };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", ...args],
      { cwd: PROJECT_ROOT, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("cli import", () => {
  it("--dry-run --json prints exactly the parsed draft on stdout", async () => {
    const { code, stdout, stderr } = await cli("import", SEED_ARTICLE, "--dry-run", "--json");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    // One line of JSON: each value beside the sentence it was read from.
    expect(stdout.endsWith("}\n") && stdout.indexOf("\n") === stdout.length - 1).toBe(true);
    const draft = JSON.parse(stdout);
    expect(draft).toMatchObject({ asOf: "2024-06-13", asOfPrecision: "day", skipped: [] });
    expect(
      draft.observations.map((o: { indicator: string; region: string; value: number }) =>
        [o.indicator, o.region, o.value].join(" "),
      ),
    ).toEqual([
      "ktp_el 64 98.75",
      "ktp_el 64.71 99.98",
      "ktp_el 64.74 97.43",
      "ktp_el_pemula 64 71.61",
      "ktp_el_pemula 64.71 99.85",
      "ktp_el_pemula 64.01 55.53",
      "kia 64 72.8",
      "kia 64.71 96.9",
      "kia 64.07 54.67",
      "ikd 64 4.48",
      "ikd 64.09 10.46",
      "ikd 64.03 1.74",
    ]);
    expect(draft.observations[0].evidence).toContain("hingga 13 Juni 2024, mencapai 98,75 persen.");
    expect(draft.targets).toEqual([
      { indicator: "kia", year: 2024, scope: "national", value: 60 },
      { indicator: "ikd", year: 2024, scope: "national", value: 30 },
    ]);
  });

  it("exits 1 with the bad lines on stderr and nothing on stdout", async () => {
    const file = join(dir, "salah.csv");
    await writeFile(file, "64.03;ikd;2,5\nbrau;ikd;5\n");
    const { code, stdout, stderr } = await cli("import", file, "--dry-run", "--json");
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toContain('line 2: unknown region "brau"; did you mean Kabupaten Berau?');
  });
});
