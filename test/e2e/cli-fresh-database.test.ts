import { existsSync } from "node:fs";
// `npm run cli` as a newcomer runs it: help first, then every data command
// against a database file that does not exist yet. Each prepares it (migrated
// and seeded, as `npm start` does); failures name the problem, never SQLite's.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runToEnd, startTsx } from "../support/child-process.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tanya-cli-fresh-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function cli(args: string[], databaseUrl = `file:${join(dir, "fresh.db")}`) {
  return runToEnd(startTsx("src/cli/main.ts", args, { DATABASE_URL: databaseUrl }), 30_000);
}

describe("npm run cli -- --help", () => {
  it("lists every command with what it does, without any settings", async () => {
    const { code, output } = await cli(["--help"], "mysql://not-even-valid");
    expect(code).toBe(0);
    for (const command of ["db:migrate", "db:seed", "import", "export", "releases", "indicators"]) {
      expect(output).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
    }
    expect(output).toContain("<command> --help");
  });

  it("shows one command's arguments and examples", async () => {
    const { code, output } = await cli(["import", "--help"]);
    expect(code).toBe(0);
    expect(output).toContain("usage: npm run cli -- import <file> [--dry-run]");
    expect(output).toMatch(/examples:\n {2}npm run cli -- import /);
  });

  it("names the commands when one is unknown", async () => {
    const { code, output } = await cli(["imprt"]);
    expect(code).toBe(1);
    expect(output).toContain('error: unknown command "imprt"; commands: db:migrate');
  });
});

describe("every data command on a fresh database", () => {
  it("db:migrate says what it applied, then that there is nothing to apply", async () => {
    const first = await cli(["db:migrate"]);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(
      /^applied \d+ migrations \(0000_\w+, .*\): the schema is now at \d{4}_\w+$/m,
    );

    const again = await cli(["db:migrate"]);
    expect(again.output).toMatch(/^nothing to apply: the schema is already at \d{4}_\w+$/m);
  });

  it.each([
    [["releases"], /^#4 published — data as of 2024-11-12/m],
    [["export"], /^region,indicator,value\n/m],
    [["indicators", "list"], /^akta_kelahiran — /m],
  ])("%j works on first run", async (args, expected) => {
    const { code, output } = await cli(args);
    expect(output).toMatch(expected);
    expect(code).toBe(0);
  });

  it("import --dry-run reads a CSV on first run", async () => {
    const csv = join(dir, "values.csv");
    await writeFile(csv, "region,indicator,value\nBerau,ikd,2.5\n");
    const { code, output } = await cli(["import", csv, "--dry-run", "--json"]);
    expect(output).toContain('{"indicator":"ikd","region":"64.03","value":2.5}');
    expect(code).toBe(0);
  });

  it("indicators add writes a new indicator that list shows, and refuses bad input naming it", async () => {
    const added = await cli([
      "indicators",
      "add",
      "akta_kematian",
      "--name-id",
      "Kepemilikan akta kematian",
      "--name-en",
      "Death certificate ownership",
      "--definition-id",
      "Persentase kematian yang dicatat dengan akta.",
      "--definition-en",
      "Share of deaths recorded with a certificate.",
    ]);
    expect(added.output).toContain("added: akta_kematian — Kepemilikan akta kematian");
    expect(added.code).toBe(0);

    const refused = await cli(["indicators", "update", "akta_kematian", "--short-en", "IKD"]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      'error: nothing written: --short-en "IKD" is already a name of ikd',
    );

    const listed = await cli(["indicators", "list"]);
    expect(listed.output).toMatch(/^akta_kematian — Kepemilikan akta kematian/m);
  });
});

describe("a database that cannot be used", () => {
  it("is refused naming DATABASE_URL when its directory does not exist, and nothing is created", async () => {
    const missing = join(dir, "no", "such", "dir");
    const { code, output } = await cli(["releases"], `file:${join(missing, "x.db")}`);
    expect(code).toBe(1);
    expect(output).toContain(`error: DATABASE_URL: the directory "${missing}" does not exist`);
    expect(existsSync(join(dir, "no"))).toBe(false);
  });

  it("names the problem, not SQLite's message, for a file that is not a database", async () => {
    const notADatabase = join(dir, "notes.db");
    await writeFile(notADatabase, "these are notes, not a database\n".repeat(200));
    const { code, output } = await cli(["releases"], `file:${notADatabase}`);
    expect(code).toBe(1);
    expect(output).toContain(
      "error: database: DATABASE_URL points to a file that is not a database",
    );
    expect(output).not.toMatch(/SQLITE_|LibsqlError/);
  });
});
