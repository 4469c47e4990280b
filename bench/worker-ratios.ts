// The Worker ratios, project against baseline (baseline-worker.ts), in one run.
//
// Warm update: both Workers served by `wrangler dev` (workerd) at once, the
// project's over the dev Hrana server (dev/hrana) on a migrated and seeded
// file, as `npm run dev` serves it; both call the same fake Bot API. The first
// update after start is timed once; then warm updates one at a time,
// interleaved in batches.
//
// Module evaluation: each Worker bundled by wrangler (`deploy --dry-run
// --outdir`), then imported by a fresh Node process, interleaved, many times.
// The clock covers only the evaluation of the bundle's JavaScript: its data
// modules (resvg's .wasm compiled, the fonts' bytes) are made beforehand and
// handed to it by a module hook, as workerd has them ready when it evaluates
// a Worker.

import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { startHranaServer } from "../dev/hrana/server.ts";
import { prepareDatabase } from "../src/store/db.ts";
import { PROJECT_ROOT, type RunningProcess, start } from "../test/support/child-process.ts";
import { startFakeBotApi } from "../test/support/fake-bot-api.ts";
import { freePort } from "../test/support/free-port.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../test/support/telegram-updates.ts";
import { answering, BENCH_SECRET, question, webhookHeaders } from "./side-by-side.ts";
import { percentile } from "./stats.ts";

const WRANGLER = join(PROJECT_ROOT, "node_modules/wrangler/bin/wrangler.js");
const BASELINE_ENTRY = "bench/baseline-worker.ts";

type Name = "project" | "baseline";

export interface WorkerLatencyRatio {
  samples: number;
  firstMs: Record<Name, number>;
  p50: Record<Name, number>;
  p99: Record<Name, number>;
  failures: Record<Name, number>;
}

export async function workerLatencyRatio(options: {
  samples: number;
  batch: number;
  warmUp: number;
}): Promise<WorkerLatencyRatio> {
  const dir = await mkdtemp(join(tmpdir(), "tanya-worker-ratios-"));
  const telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  const running: RunningProcess[] = [];
  try {
    const database = join(dir, "tanya.db");
    (await prepareDatabase({ url: `file:${database}` })).client.close();
    const hrana = await startHranaServer({ path: database, port: await freePort() });
    running.push({ child: undefined as never, output: () => "", stop: () => hrana.close() });
    const vars = {
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      WEBHOOK_SECRET: BENCH_SECRET,
      BOT_INFO: JSON.stringify(TEST_BOT_INFO),
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DATABASE_URL: hrana.url,
    };
    const origins: Record<Name, string> = {
      project: await wranglerDev([], vars, running),
      baseline: await wranglerDev([BASELINE_ENTRY], vars, running),
    };
    let updateId = 1;
    const post = async (name: Name) => {
      const body = JSON.stringify(question(updateId++));
      const startAt = performance.now();
      const response = await fetch(`${origins[name]}/telegram`, {
        method: "POST",
        headers: webhookHeaders,
        body,
      });
      await response.arrayBuffer();
      return { ms: performance.now() - startAt, ok: response.status === 200 };
    };
    const names: Name[] = ["project", "baseline"];
    const firstMs = { project: (await post("project")).ms, baseline: (await post("baseline")).ms };
    for (let i = 0; i < options.warmUp; i++) for (const name of names) await post(name);
    const times = { project: [] as number[], baseline: [] as number[] };
    const failures = { project: 0, baseline: 0 };
    while (times.project.length < options.samples) {
      for (const name of names) {
        for (let i = 0; i < options.batch; i++) {
          const { ms, ok } = await post(name);
          times[name].push(ms);
          if (!ok) failures[name]++;
        }
      }
      telegram.calls.length = 0;
    }
    for (const list of Object.values(times)) list.sort((a, b) => a - b);
    return {
      samples: times.project.length,
      firstMs,
      failures,
      p50: { project: percentile(times.project, 50), baseline: percentile(times.baseline, 50) },
      p99: { project: percentile(times.project, 99), baseline: percentile(times.baseline, 99) },
    };
  } finally {
    for (const process of running.reverse()) await process.stop();
    await telegram.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function wranglerDev(
  entry: string[],
  vars: Record<string, string>,
  running: RunningProcess[],
): Promise<string> {
  const port = await freePort();
  const process = start(
    globalThis.process.execPath,
    [
      WRANGLER,
      "dev",
      ...entry,
      "--ip=127.0.0.1",
      `--port=${port}`,
      `--inspector-port=${await freePort()}`,
      ...Object.entries(vars).map(([name, value]) => `--var=${name}:${value}`),
    ],
    { WRANGLER_SEND_METRICS: "false" },
  );
  running.push(process);
  const origin = `http://127.0.0.1:${port}`;
  await answering(`${origin}/health`, 120_000, process.output);
  return origin;
}

export interface ModuleEvaluationRatio {
  runs: number;
  medianMs: Record<Name, number>;
}

export async function moduleEvaluationRatio(runs: number): Promise<ModuleEvaluationRatio> {
  const dir = await mkdtemp(join(tmpdir(), "tanya-module-eval-"));
  try {
    const outdirs: Record<Name, string> = {
      project: join(dir, "project"),
      baseline: join(dir, "baseline"),
    };
    await bundle([], outdirs.project);
    await bundle([BASELINE_ENTRY], outdirs.baseline);
    const timer = join(dir, "time-import.mjs");
    await writeFile(timer, TIME_IMPORT);
    const times = { project: [] as number[], baseline: [] as number[] };
    for (let run = 0; run < runs; run++) {
      for (const name of ["project", "baseline"] as Name[]) {
        times[name].push(await timeImport(timer, outdirs[name]));
      }
    }
    for (const list of Object.values(times)) list.sort((a, b) => a - b);
    return {
      runs,
      medianMs: {
        project: percentile(times.project, 50),
        baseline: percentile(times.baseline, 50),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function bundle(entry: string[], outdir: string): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [WRANGLER, "deploy", "--dry-run", "--outdir", outdir, ...entry],
    { cwd: PROJECT_ROOT, env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
  );
  // Without it, Node 20 first compiles a .js bundle as CommonJS, fails, then
  // compiles it again as a module: workerd compiles it once, as a module.
  await writeFile(join(outdir, "package.json"), '{"type":"module"}');
}

async function timeImport(timer: string, outdir: string): Promise<number> {
  const files = await readdir(outdir);
  const main = files.find((name) => /^[^.]+\.js$/.test(name));
  if (main === undefined) throw new Error(`no bundle in ${outdir}: ${files.join(", ")}`);
  const data = files
    .filter((name) => /\.(wasm|ttf|bin)$/.test(name))
    .map((name) => join(outdir, name));
  const { stdout } = await promisify(execFile)(process.execPath, [
    timer,
    pathToFileURL(join(outdir, main)).href,
    ...data,
  ]);
  return Number(stdout.trim());
}

/**
 * Plain Node (no tsx): data modules made first and served by a load hook, then
 * the clock around the bundle's import. Prints milliseconds.
 */
const TIME_IMPORT = `
import { readFileSync } from "node:fs";
import { register } from "node:module";
import { pathToFileURL } from "node:url";
const [main, ...data] = process.argv.slice(2);
const modules = {};
for (const path of data) {
  const bytes = readFileSync(path);
  modules[pathToFileURL(path).href] = path.endsWith(".wasm") ? new WebAssembly.Module(bytes) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
globalThis.__benchDataModules = modules;
const hooks = \`export async function load(url, context, next) {
  if (/\\\\.(wasm|ttf|bin)$/.test(url)) {
    return { format: "module", shortCircuit: true, source: "export default globalThis.__benchDataModules[" + JSON.stringify(url) + "];" };
  }
  return next(url, context);
}\`;
register("data:text/javascript," + encodeURIComponent(hooks));
const start = performance.now();
await import(main);
console.log(performance.now() - start);
`;
