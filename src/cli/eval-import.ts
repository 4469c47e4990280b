// npm run eval:import [DIR]: reads each NN.txt of an annotated article folder
// (default ../shared/articles) as a dry-run import and scores it against
// NN.expected.json: values found, missed and wrong, percentages skipped and
// why, and whether the data date agrees. Prints figures and, for a wrong
// value only, a short piece of its evidence; never the articles themselves.

import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { wordReason } from "../domain/import/import-reason.ts";
import { parsePressRelease } from "../domain/import/press-release.ts";
import { buildLexicon } from "../domain/lexicon.ts";
import { enImport } from "../domain/messages/en/import.ts";
import { NATION_CODE } from "../domain/types.ts";
import { migrateDatabase, openDatabase } from "../store/db.ts";
import { createFactsSource } from "../store/facts-repository.ts";
import { seedDatabase } from "../store/seed.ts";

interface Expected {
  asOf: string | null;
  asOfApprox: string | null;
  observations: { indicator: string; code: string | null; value: number }[];
  approximate?: { text: string }[];
  distractors?: { text: string }[];
}

/** Indicators the annotations use that the catalogue deliberately does not have: skipping them is right. */
const SET_APART = new Set(["ktp_el_dp4"]);

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? "../shared/articles");
  const database = openDatabase({ url: ":memory:" });
  await migrateDatabase(database);
  const { client } = database;
  await seedDatabase(client);
  const lexicon = buildLexicon(await createFactsSource(client).reference());

  const names = (await readdir(dir)).filter((n) => /^\d+\.txt$/.test(n)).sort();
  const total = {
    expected: 0,
    found: 0,
    setApart: 0,
    missed: 0,
    wrong: 0,
    skipped: 0,
    asOfOk: 0,
    asOfNull: 0,
    asOfBad: 0,
  };
  const reasons = new Map<string, number>();
  let parseMs = 0;
  for (const name of names) {
    const text = await readFile(join(dir, name), "utf8");
    const expected = JSON.parse(
      await readFile(join(dir, name.replace(/\.txt$/, ".expected.json")), "utf8"),
    ) as Expected;
    const started = performance.now();
    const parsed = parsePressRelease(text, lexicon);
    parseMs += performance.now() - started;

    const key = (indicator: string, code: string | null, value: number) =>
      `${indicator}|${code ?? NATION_CODE}|${value}`;
    const wanted = new Set(
      expected.observations
        .filter((o) => !SET_APART.has(o.indicator))
        .map((o) => key(o.indicator, o.code, o.value)),
    );
    const setApart = expected.observations.filter((o) => SET_APART.has(o.indicator));
    const got = parsed.observations.map((o) => ({ o, k: key(o.indicator, o.region, o.value) }));
    const found = got.filter((g) => wanted.has(g.k));
    const wrong = got.filter((g) => !wanted.has(g.k));
    const apartSkipped = setApart.filter((o) =>
      parsed.skipped.some((s) => s.value === o.value),
    ).length;
    const missed = [...wanted].filter((k) => !got.some((g) => g.k === k));
    const asOf = judgeAsOf(parsed.asOf, expected);

    total.expected += wanted.size + setApart.length;
    total.found += found.length;
    total.setApart += apartSkipped;
    total.missed += missed.length + (setApart.length - apartSkipped);
    total.wrong += wrong.length;
    total.skipped += parsed.skipped.length;
    total[asOf === "ok" ? "asOfOk" : asOf === "null" ? "asOfNull" : "asOfBad"]++;
    for (const s of parsed.skipped) {
      const reason = wordReason(enImport, s.reason);
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }

    const apart = setApart.length > 0 ? ` (+${apartSkipped}/${setApart.length} set apart)` : "";
    console.log(
      `${name.slice(0, 2)}  found ${found.length}/${wanted.size}${apart}  missed ${missed.length}  wrong ${wrong.length}  skipped ${parsed.skipped.length}  asOf ${asOf === "ok" || asOf === "null" ? asOf : `MISMATCH ${parsed.asOf}`} (${parsed.asOfPrecision ?? "-"})`,
    );
    for (const k of missed) console.log(`      missed ${k}`);
    for (const { o } of wrong)
      console.log(
        `      WRONG  ${o.indicator} ${o.region} ${o.value} — “${o.evidence.slice(0, 70)}…”`,
      );
  }
  const share = (n: number) => `${((100 * n) / Math.max(1, total.expected)).toFixed(1)}%`;
  console.log("");
  console.log(
    `total  found ${total.found + total.setApart}/${total.expected} (${share(total.found + total.setApart)}; ${total.found} imported + ${total.setApart} DP4 values correctly set apart)  missed ${total.missed}  wrong ${total.wrong}  skipped ${total.skipped}`,
  );
  console.log(
    `asOf   agrees ${total.asOfOk}, not read ${total.asOfNull}, disagrees ${total.asOfBad} (of ${names.length})`,
  );
  console.log(`time   ${parseMs.toFixed(1)} ms to parse ${names.length} articles`);
  console.log("skipped, by reason:");
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(3)}  ${reason}`);
  client.close();
}

/** "ok" when the date read is the annotated day or lies in the annotated period, "null" when none was read. */
function judgeAsOf(asOf: string | null, expected: Expected): "ok" | "null" | "bad" {
  if (asOf === null) return "null";
  if (expected.asOf) return asOf === expected.asOf ? "ok" : "bad";
  const period = expected.asOfApprox;
  if (!period) return "bad";
  const semester = /^(\d{4})-S([12])$/.exec(period);
  if (semester) {
    const month = Number(asOf.slice(5, 7));
    return asOf.startsWith(semester[1] as string) && (semester[2] === "1" ? month <= 6 : month > 6)
      ? "ok"
      : "bad";
  }
  return asOf.startsWith(period) ? "ok" : "bad";
}

await main();
