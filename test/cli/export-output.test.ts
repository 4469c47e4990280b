// `export --output FILE`: the CSV, and nothing else, in the file; stdout says
// what was written. Redirecting stdout caught npm's banner lines with it.

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/cli/command.ts";
import { exportCommand } from "../../src/cli/export.ts";
import type { DatabaseConfig } from "../../src/store/db.ts";
import { preparedFile } from "../support/reference.ts";

let dir: string;
let database: DatabaseConfig;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tanya-export-"));
  database = { url: `file:${join(dir, "tanya.db")}` };
  (await preparedFile(database)).client.close();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const context = (...args: string[]): CommandContext => ({ database, env: {}, args, log: () => {} });

describe("export --output", () => {
  it("writes exactly the CSV stdout would print, and says how many values went where", async () => {
    const output = join(dir, "values.csv");
    const printed = await exportCommand(context("--output", output));
    const written = await readFile(output, "utf8");
    const lines = written.trimEnd().split("\n");
    expect(printed).toBe(`exported ${lines.length - 1} values to ${output}`);
    expect(written).toBe(`${await exportCommand(context())}\n`);
    expect(lines[0]).toBe("region,indicator,value");
    expect(lines.slice(1).every((line) => /^[^,\n]+,[a-z_]+,[\d.]+$/.test(line))).toBe(true);
    expect(lines).toContain("Kabupaten Berau,ikd,1.74");
  });

  it("refuses an empty file name and an unknown release, writing no file", async () => {
    await expect(exportCommand(context("--output", ""))).rejects.toThrow(
      "--output needs a file name",
    );
    const output = join(dir, "none.csv");
    await expect(exportCommand(context("--release", "99", "--output", output))).rejects.toThrow(
      "there is no release #99",
    );
    await expect(readFile(output)).rejects.toThrow(/ENOENT/);
  });
});
