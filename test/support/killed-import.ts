// `npm run cli -- import` killed with SIGKILL partway, on a real database file:
// the fixture (a migrated, seeded database with one subscriber, and a CSV of
// every region × indicator), the run and its kill, and what the database holds
// afterwards, classified as nothing, a whole draft or a whole publication.

import { statSync } from "node:fs";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, beforeAll, expect } from "vitest";
import { openDatabase } from "../../src/store/db.ts";
import { subscribe, subscriber } from "./broadcast.ts";
import { runToEnd, startTsx } from "./child-process.ts";
import { preparedFile } from "./reference.ts";

/** The release the import creates: the seed is #1. */
const IMPORTED_RELEASE = 2;
const AS_OF = "2025-01-31";
const SUBSCRIBER = 555_001;
/** Long enough for tsx to start on a loaded machine; a run takes about a second here. */
const RUN_TIMEOUT_MS = 30_000;

interface ImportFixture {
  dir: string;
  csv: string;
  /** "indicator region value" of every line of the CSV, sorted. */
  expectedValues: string[];
  /** The prepared database every run starts from a copy of. */
  template: string;
  before: Written;
}

/** What the tables an import and a publication write hold. */
interface Written {
  /** The imported release's status, or null when it does not exist. */
  status: "draft" | "published" | null;
  publishedAt: string | null;
  /** "indicator region value" of its observations, sorted. */
  values: string[];
  /** Its audit rows by action. */
  audit: Record<string, number>;
  auditRows: number;
  releases: number;
  dataVersion: number;
  broadcasts: number;
  deliveries: number;
}

type WrittenState = "nothing" | "draft" | "published";

/**
 * Every (region, indicator) pair once, 2,208 lines: the largest CSV that can be
 * valid, since a pair given twice is refused. Regencies and cities by code,
 * provinces by name (a bare two-digit code is not read as a region, and
 * "Jambi" alone is also a city), values with decimal commas.
 */
async function importFixture(): Promise<ImportFixture> {
  const dir = await mkdtemp(join(tmpdir(), "tanya-killed-import-"));
  const template = join(dir, "template.db");
  const { client } = await preparedFile({ url: `file:${template}` });
  try {
    await subscribe(client, subscriber(SUBSCRIBER));
    const { rows: regions } = await client.execute(
      "SELECT code, name, level FROM regions ORDER BY code",
    );
    const { rows: indicators } = await client.execute(
      "SELECT slug FROM indicators ORDER BY sort_order",
    );
    const lines = ["wilayah;indikator;nilai"];
    const expectedValues: string[] = [];
    for (const region of regions) {
      for (const { slug } of indicators) {
        const value = (expectedValues.length % 10_000) / 100;
        const name = region.level === "province" ? `Provinsi ${region.name}` : region.code;
        lines.push(`${name};${slug};${String(value).replace(".", ",")}`);
        expectedValues.push(`${slug} ${region.code} ${value}`);
      }
    }
    const csv = join(dir, "semua.csv");
    await writeFile(csv, lines.join("\n"));
    // Everything into the main file, so that a copy of it alone is the whole database.
    await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    const before = await written(client);
    return { dir, csv, expectedValues: expectedValues.sort(), template, before };
  } finally {
    client.close();
  }
}

function removeFixture(fixture: ImportFixture | undefined): Promise<void> {
  return fixture ? rm(fixture.dir, { recursive: true, force: true }) : Promise.resolve();
}

/** A copy of the template for one run; its path. */
async function freshDatabase(fixture: ImportFixture, name: string): Promise<string> {
  const path = join(fixture.dir, `${name}.db`);
  await copyFile(fixture.template, path);
  return path;
}

function startImport(fixture: ImportFixture, database: string, publish: boolean) {
  const args = ["import", fixture.csv, "--as-of", AS_OF, "--source", "DKP3A", "--title", "Januari"];
  return startTsx("src/cli/main.ts", publish ? [...args, "--publish"] : args, {
    DATABASE_URL: `file:${database}`,
  });
}

/** Runs to the end; resolves with the exit code and output. */
function runImport(fixture: ImportFixture, database: string, publish: boolean) {
  return runToEnd(startImport(fixture, database, publish), RUN_TIMEOUT_MS);
}

/**
 * When to kill: after a delay, or by the write-ahead log. Commits append to the
 * log, so it grows in bursts, one per batch: the draft with its values, then
 * the publication. "writing" kills as burst n starts (the batch is being
 * committed), "written" once it has been still for a moment after it.
 */
export type KillMoment = { afterMs: number } | { walBurst: number; at: "writing" | "written" };

/** How long the log stays unchanged before a burst counts as over. */
const BURST_OVER_MS = 3;

/** Starts the import and SIGKILLs it at the moment given, unless it ended first; resolves once it is gone. */
async function importKilled(
  fixture: ImportFixture,
  database: string,
  publish: boolean,
  moment: KillMoment,
): Promise<void> {
  const running = startImport(fixture, database, publish);
  let ended = false;
  const exited = new Promise<void>((resolve) => {
    running.child.once("exit", () => {
      ended = true;
      resolve();
    });
  });
  const kill = () => running.child.kill("SIGKILL");
  const timer = setTimeout(kill, "afterMs" in moment ? moment.afterMs : RUN_TIMEOUT_MS);
  if ("walBurst" in moment) {
    await waitForWal(`${database}-wal`, moment, () => ended);
    kill();
  }
  await exited;
  clearTimeout(timer);
}

/** Polls the log's size until the moment comes or the process ends. */
async function waitForWal(
  wal: string,
  moment: { walBurst: number; at: "writing" | "written" },
  ended: () => boolean,
): Promise<void> {
  let size = walSize(wal);
  let bursts = 0;
  let changedAt: number | null = null;
  while (!ended()) {
    const now = walSize(wal);
    // The log starts empty and gets a 32-byte header: only frames after it are writes.
    if (now > size && now > 32) {
      if (changedAt === null) bursts++;
      if (bursts === moment.walBurst && moment.at === "writing") return;
      changedAt = performance.now();
    } else if (changedAt !== null && performance.now() - changedAt >= BURST_OVER_MS) {
      if (bursts === moment.walBurst) return;
      changedAt = null;
    }
    size = Math.max(size, now);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function walSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Reopens the database (recovering its log, as a restart does) and reads what is there. */
async function writtenIn(database: string): Promise<Written> {
  const { client } = openDatabase({ url: `file:${database}` });
  try {
    return await written(client);
  } finally {
    client.close();
  }
}

async function written(client: Client): Promise<Written> {
  const id = IMPORTED_RELEASE;
  const [release, values, audit, totals] = await client.batch(
    [
      { sql: "SELECT status, published_at FROM releases WHERE id = ?", args: [id] },
      {
        sql: "SELECT indicator, region_code, value FROM observations WHERE release_id = ?",
        args: [id],
      },
      {
        sql: "SELECT action, COUNT(*) AS n FROM audit_log WHERE release_id = ? GROUP BY action",
        args: [id],
      },
      `SELECT (SELECT COUNT(*) FROM audit_log) AS audit_rows,
              (SELECT COUNT(*) FROM releases) AS releases,
              (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'data_version') AS data_version,
              (SELECT COUNT(*) FROM broadcasts) AS broadcasts,
              (SELECT COUNT(*) FROM deliveries) AS deliveries`,
    ],
    "read",
  );
  const row = release?.rows[0];
  const total = totals?.rows[0];
  return {
    status: row ? (String(row.status) as "draft" | "published") : null,
    publishedAt: row?.published_at == null ? null : String(row.published_at),
    values: (values?.rows ?? []).map((v) => `${v.indicator} ${v.region_code} ${v.value}`).sort(),
    audit: Object.fromEntries((audit?.rows ?? []).map((a) => [String(a.action), Number(a.n)])),
    auditRows: Number(total?.audit_rows),
    releases: Number(total?.releases),
    dataVersion: Number(total?.data_version ?? 0),
    broadcasts: Number(total?.broadcasts),
    deliveries: Number(total?.deliveries),
  };
}

/**
 * Asserts the database holds nothing of the import, or the whole draft, or the
 * whole publication (with its audit rows, data-version bumps and the news for
 * the one subscriber), and nothing in between; returns which.
 */
function expectWholeOrNothing(fixture: ImportFixture, after: Written): WrittenState {
  const { before, expectedValues } = fixture;
  const values = expectedValues.length;
  if (after.status === null) {
    expect(after).toEqual(before);
    return "nothing";
  }
  const published = after.status === "published";
  expect({ ...after, publishedAt: after.publishedAt !== null }).toEqual({
    status: after.status,
    publishedAt: published,
    values: expectedValues,
    audit: published
      ? { create_draft: 1, import: values, publish: 1 }
      : { create_draft: 1, import: values },
    auditRows: before.auditRows + values + (published ? 2 : 1),
    releases: before.releases + 1,
    // Changed by SQLite with every row written: checked below, as the count says nothing more.
    dataVersion: after.dataVersion,
    broadcasts: before.broadcasts + (published ? 1 : 0),
    deliveries: before.deliveries + (published ? 1 : 0),
  });
  expect(after.dataVersion).toBeGreaterThan(before.dataVersion);
  return after.status;
}

/** One whole run on a fresh copy: how long it took (to spread kills over), what it printed, what it left. */
async function wholeRun(fixture: ImportFixture, publish: boolean) {
  const database = await freshDatabase(fixture, "whole");
  const started = performance.now();
  const { code, output } = await runImport(fixture, database, publish);
  const ms = performance.now() - started;
  return { ms, code, output, state: expectWholeOrNothing(fixture, await writtenIn(database)) };
}

/** A kill after a share of a whole run's length, give or take a little, so runs hit varied moments. */
function afterShareOf(runMs: () => number, fraction: number): () => KillMoment {
  return () => ({ afterMs: runMs() * (fraction + (Math.random() - 0.5) * 0.1) });
}

/** What a whole run of the import is expected to print and leave. */
export interface WholeRunExpected {
  output: string;
  state: WrittenState;
}

/** What one kill left, and the command run again after it on the same database. */
export interface KilledThenAgain {
  killed: WrittenState;
  again: { code: number | null; output: string };
  afterAgain: WrittenState;
}

/**
 * The fixture of a file of kill tests, made once (with a whole run, checked
 * against `expected`, to learn how long a run takes) and removed after them.
 */
export function killedImportSuite(publish: boolean, expected: WholeRunExpected) {
  let fixture: ImportFixture;
  let runMs: number;
  beforeAll(async () => {
    fixture = await importFixture();
    const run = await wholeRun(fixture, publish);
    runMs = run.ms;
    expect({ code: run.code, output: run.output }).toEqual({ code: 0, output: expected.output });
    expect(run.state).toBe(expected.state);
  }, 60_000);
  afterAll(() => removeFixture(fixture));
  return {
    /** A kill after this share of a whole run. */
    share: (fraction: number) => afterShareOf(() => runMs, fraction),
    /** Kills the import at `moment` on a fresh database named after the case, then runs it again. */
    async killThenRunAgain(name: string, moment: KillMoment): Promise<KilledThenAgain> {
      const database = await freshDatabase(fixture, name.replaceAll(/\W+/g, "-"));
      await importKilled(fixture, database, publish, moment);
      const killed = expectWholeOrNothing(fixture, await writtenIn(database));
      const again = await runImport(fixture, database, publish);
      return {
        killed,
        again,
        afterAgain: expectWholeOrNothing(fixture, await writtenIn(database)),
      };
    },
  };
}
