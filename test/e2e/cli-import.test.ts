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
    expect(stdout).toBe(
      `${[
        '{"asOf":"2024-06-13","observations":[',
        '{"indicator":"ktp_el","region":"64","value":98.75},',
        '{"indicator":"ktp_el","region":"64.71","value":99.98},',
        '{"indicator":"ktp_el","region":"64.74","value":97.43},',
        '{"indicator":"ktp_el_pemula","region":"64","value":71.61},',
        '{"indicator":"ktp_el_pemula","region":"64.71","value":99.85},',
        '{"indicator":"ktp_el_pemula","region":"64.01","value":55.53},',
        '{"indicator":"kia","region":"64","value":72.8},',
        '{"indicator":"kia","region":"64.71","value":96.9},',
        '{"indicator":"kia","region":"64.07","value":54.67},',
        '{"indicator":"ikd","region":"64","value":4.48},',
        '{"indicator":"ikd","region":"64.09","value":10.46},',
        '{"indicator":"ikd","region":"64.03","value":1.74}],',
        '"targets":[{"indicator":"kia","value":60},{"indicator":"ikd","value":30}]}',
      ].join("")}\n`,
    );
  });

  it("exits 1 with the bad lines on stderr and nothing on stdout", async () => {
    const file = join(dir, "salah.csv");
    await writeFile(file, "64.03;ikd;2,5\nbrau;ikd;5\n");
    const { code, stdout, stderr } = await cli("import", file, "--dry-run", "--json");
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toContain("line 2: wilayah “brau” tidak dikenal; maksudnya Kabupaten Berau?");
  });
});
