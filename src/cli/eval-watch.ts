// npm run eval:watch [DIR] [--titles-only]: how many of the annotated articles (default
// ../shared/articles) would have become correct candidates had they appeared
// on a watched source. Each NN.txt is served on loopback as a news page (its
// lines as paragraphs, its title or URL slug as the page title) and listed in
// an RSS feed with its opening as the summary; one watching pass runs over a
// fresh database, and each candidate's values are scored against
// NN.expected.json as eval:import scores a pasted text. Prints figures only,
// never the articles (they are third-party text and stay outside the repo).

import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { createEngine } from "../domain/engine.ts";
import { wordReason } from "../domain/import/import-reason.ts";
import { parsePressRelease } from "../domain/import/press-release.ts";
import { enImport } from "../domain/messages/en/import.ts";
import { NATION_CODE } from "../domain/types.ts";
import { createAdminStore } from "../store/admin-store.ts";
import { migrateDatabase, openDatabase } from "../store/db.ts";
import { createFactsSource } from "../store/facts-repository.ts";
import { seedDatabase } from "../store/seed.ts";
import { runWatch } from "../watch/watch-run.ts";

interface Expected {
  observations: { indicator: string; code: string | null; value: number }[];
}

/** Annotated as set apart (DP4 recording): skipping them is right, as in eval:import. */
const SET_APART = new Set(["ktp_el_dp4"]);

interface Served {
  name: string;
  path: string;
  title: string;
  paragraphs: string[];
  expected: Expected;
}

/** --titles-only: the feed gives titles alone (as many do, and as a page of links does). */
const TITLES_ONLY = process.argv.includes("--titles-only");

async function main(): Promise<void> {
  const dir = resolve(
    process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "../shared/articles",
  );
  const names = (await readdir(dir)).filter((n) => /^\d+\.txt$/.test(n)).sort();
  const served: Served[] = [];
  for (const name of names) {
    const lines = (await readFile(join(dir, name), "utf8")).split("\n");
    const url = (lines[0] ?? "").replace(/^Sumber:\s*/, "");
    const titleLine = (lines[1] ?? "").replace(/^Judul:\s*/, "");
    // A real page has a title; where the copy had none, its URL's slug stands in.
    const slug = new URL(url).pathname.split("/").filter(Boolean).at(-1) ?? "";
    const title = titleLine.startsWith("(") ? slug.replace(/[-_]+/g, " ") : titleLine;
    const expected = JSON.parse(
      await readFile(join(dir, name.replace(/\.txt$/, ".expected.json")), "utf8"),
    ) as Expected;
    served.push({
      name: name.slice(0, 2),
      path: `/artikel/${name.slice(0, 2)}`,
      title,
      paragraphs: lines.slice(2).filter((line) => line.trim() !== ""),
      expected,
    });
  }

  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      res.end(feed(served, base));
      return;
    }
    const article = served.find((a) => a.path === path);
    if (!article) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page(article));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP port");
  const base = `http://127.0.0.1:${address.port}`;

  const database = openDatabase({ url: ":memory:" });
  await migrateDatabase(database);
  const { client } = database;
  await seedDatabase(client);
  const facts = createFactsSource(client);
  const engine = createEngine({ facts, defaultProvince: "64" });
  const lexicon = await engine.lexicon();
  const store = createAdminStore(client);
  await store.watchSources.add({
    url: `${base}/feed.xml`,
    kind: "feed",
    keywords: null,
    regionCode: null,
    createdBy: "eval",
  });
  const report = await runWatch({
    store,
    engine,
    apiRoot: "http://127.0.0.1:9",
    adminUserIds: [],
    logger: console,
  });
  server.close();

  const key = (indicator: string, code: string | null, value: number) =>
    `${indicator}|${code ?? NATION_CODE}|${value}`;
  const totals = { articles: 0, withValues: 0, candidates: 0, correct: 0, found: 0, wanted: 0 };
  let wrongValues = 0;
  let pastedFound = 0;
  for (const article of served) {
    totals.articles += 1;
    const wanted = new Set(
      article.expected.observations
        .filter((o) => !SET_APART.has(o.indicator))
        .map((o) => key(o.indicator, o.code, o.value)),
    );
    totals.wanted += wanted.size;
    if (wanted.size > 0) totals.withValues += 1;
    // What pasting the same text finds, for comparison: the page and the feed should lose nothing.
    const pasted = parsePressRelease(
      [`Judul: ${article.title}`, ...article.paragraphs].join("\n"),
      lexicon,
    );
    pastedFound += pasted.observations.filter((o) =>
      wanted.has(key(o.indicator, o.region, o.value)),
    ).length;

    const candidate = report.candidates.find((c) => c.url.endsWith(article.path));
    const passed = report.passed.find((p) => p.url.endsWith(article.path));
    const fetched = candidate !== undefined || passed !== undefined;
    if (!candidate) {
      console.log(
        `${article.name}  ${fetched ? `passed: ${passed ? wordReason(enImport, passed.reason) : ""}` : "not fetched (no keyword in title or summary)"}  (expected ${wanted.size} values)`,
      );
      continue;
    }
    totals.candidates += 1;
    const got = candidate.read.pending.data.observations.map((o) =>
      key(o.indicator, o.region, o.value),
    );
    const found = got.filter((k) => wanted.has(k)).length;
    const wrong = got.length - found;
    totals.found += found;
    wrongValues += wrong;
    const correct = wrong === 0 && found > 0;
    if (correct) totals.correct += 1;
    console.log(
      `${article.name}  candidate  found ${found}/${wanted.size}  wrong ${wrong}  asOf ${candidate.read.pending.data.asOf ?? "-"}${correct ? "" : "  NOT CORRECT"}`,
    );
  }
  console.log("");
  console.log(
    `candidates ${totals.candidates} of ${totals.articles} articles (${totals.withValues} have annotated values); correct ${totals.correct} (every value right, at least one)`,
  );
  console.log(
    `values     found ${totals.found}/${totals.wanted} through the page and feed, wrong ${wrongValues}; pasting the same text finds ${pastedFound}/${totals.wanted}`,
  );
  console.log(
    `sources    ${report.sources.map((o) => `${o.result}, ${o.notMatching} without a keyword`).join("; ")}`,
  );
  client.close();
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function feed(served: Served[], base: string): string {
  const items = served.map(
    (a) =>
      `<item><title>${escapeXml(a.title)}</title><link>${base}${a.path}</link>${TITLES_ONLY ? "" : `<description>${escapeXml((a.paragraphs[0] ?? "").slice(0, 300))}</description>`}</item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>eval</title>${items.join("")}</channel></rss>`;
}

function page(article: Served): string {
  return `<!doctype html><html><head><title>${escapeXml(article.title)}</title></head><body>
<nav><a href="/">Beranda</a></nav><article><h1>${escapeXml(article.title)}</h1>
${article.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join("\n")}
</article><footer>footer</footer></body></html>`;
}

await main();
