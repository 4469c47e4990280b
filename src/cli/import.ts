// `import <file> [--dry-run] [--json] [--publish] [--source S] [--title T] [--as-of YYYY-MM-DD]`:
// a .csv file read as CSV, any other file as press-release text, by the same
// parsers the bot uses. A file with any bad CSV line writes nothing and says
// which lines. --dry-run only reads (--json prints the parsed draft as JSON);
// otherwise the values become a new draft, published at once with --publish.
// Running the same import again is safe: it reuses the draft an earlier run
// left open, and never publishes the same release twice.

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Client } from "@libsql/client";
import { createConfig } from "../config.ts";
import { importedMeta } from "../domain/admin/imported-meta.ts";
import type { DraftMeta, PendingImport } from "../domain/admin/ports.ts";
import { type ReadImport, readImport } from "../domain/admin/read-import.ts";
import { isoDate } from "../domain/import/dates.ts";
import type { DraftData, SkippedFigure } from "../domain/import/draft-data.ts";
import { wordReason } from "../domain/import/import-reason.ts";
import { buildLexicon, type Lexicon } from "../domain/lexicon.ts";
import { refusalMessage } from "../domain/messages/en/cli.ts";
import { enImport } from "../domain/messages/en/import.ts";
import { createAdminStore } from "../store/admin-store.ts";
import { readReference } from "../store/reference-query.ts";
import { findSameRelease } from "../store/same-release.ts";
import type { Command } from "./command.ts";
import { openPreparedDatabase } from "./prepared-database.ts";

/** Recorded as the author of everything the CLI writes. */
const CLI_ACTOR = "cli";

export const importCommand: Command = async ({ database, env, args, log }) => {
  const options = importOptions(args);
  const text = await readFile(options.file, "utf8");
  // Even a dry run needs the regions and indicators: a fresh database is prepared first.
  const { client } = await openPreparedDatabase(database);
  try {
    const read = await readImport(options.file, text, await lexiconOf(client, env));
    if (read.blocking) throw new Error(problemsMessage(read));
    for (const problem of read.problems) {
      log(
        `sentence ${problem.line} not used (${wordReason(enImport, problem.reason)}): ${problem.text}`,
      );
    }
    // A date given with --as-of is a day; a date read keeps the precision the text stated.
    const data: DraftData = options.asOf
      ? { ...read.pending.data, asOf: options.asOf, asOfPrecision: "day" }
      : read.pending.data;
    const skipped = read.pending.skipped ?? [];
    for (const figure of skipped) {
      log(`${figure.value}% not imported (${wordReason(enImport, figure.reason)}): ${figure.text}`);
    }
    const printed = options.json ? JSON.stringify(draftJson(data, skipped)) : summary(data);
    if (options.dryRun) return printed;

    const { drafts, broadcasts } = createAdminStore(client);
    const meta = metaOf(options, read.pending, data);
    // Run again after it was killed (or when unsure it ran), an import takes up
    // its own earlier work: a draft it left open is kept (and published with
    // --publish), a release it published is not published a second time.
    const earlier = await findSameRelease(client, CLI_ACTOR, meta, data);
    const said = (what: string) => (options.json ? printed : `${what}: ${printed}`);
    if (earlier?.status === "published") {
      return said(`release #${earlier.id} already published, nothing written`);
    }
    if (earlier && !options.publish) {
      return said(`draft #${earlier.id} already open, nothing written`);
    }
    const created = earlier ? { ok: earlier } : await drafts.create(meta, CLI_ACTOR, data);
    if ("refused" in created) throw new Error(refusalMessage(created.refused));
    const draft = created.ok;
    if (!options.publish) return said(`draft #${draft.id} created`);
    // Subscribers' news is enqueued with the publication; a running `npm start`
    // (or the Worker's Cron Trigger) delivers it. Nobody is sent a summary.
    const published = await drafts.publish(draft.id, CLI_ACTOR, (releaseId) =>
      broadcasts.forRelease(releaseId, null),
    );
    if ("refused" in published) {
      throw new Error(
        `draft #${draft.id} ${earlier ? "kept" : "created"} but not published: ${refusalMessage(published.refused)}`,
      );
    }
    return said(`release #${draft.id} published`);
  } finally {
    client.close();
  }
};

interface ImportOptions {
  file: string;
  dryRun: boolean;
  json: boolean;
  publish: boolean;
  source: string | undefined;
  title: string | undefined;
  asOf: string | undefined;
}

function importOptions(args: string[]): ImportOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
      publish: { type: "boolean" },
      source: { type: "string" },
      title: { type: "string" },
      "as-of": { type: "string" },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new Error("usage: import <file> [options]");
  if (values["dry-run"] && values.publish)
    throw new Error("--dry-run and --publish exclude each other");
  const asOf = values["as-of"];
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new Error(`--as-of must be YYYY-MM-DD, not "${asOf}"`);
  return {
    file,
    dryRun: values["dry-run"] === true,
    json: values.json === true,
    publish: values.publish === true,
    source: values.source?.trim() || undefined,
    title: values.title?.trim() || undefined,
    asOf,
  };
}

/** The release's description: flags first, then what the import said, then defaults. */
function metaOf(options: ImportOptions, pending: PendingImport, data: DraftData): DraftMeta {
  if (data.asOf === null) throw new Error("the data date is unknown: pass --as-of YYYY-MM-DD");
  const source = options.source ?? pending.source;
  if (options.publish && source === null) {
    throw new Error("the source is unknown and every answer names it: pass --source");
  }
  const meta = importedMeta({ ...pending, source }, data.asOf);
  return { ...meta, title: options.title ?? meta.title };
}

async function lexiconOf(
  client: Client,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Lexicon> {
  const { reference } = await readReference(client);
  if (reference.regions.length === 0) {
    throw new Error("the database has no regions yet: run `npm run db:seed` first");
  }
  return buildLexicon(reference, { defaultProvince: createConfig(env).defaultProvince });
}

/**
 * The parsed draft for scripts: indicator slugs, dotted region codes, plain
 * numbers; beside each value read from a text, the sentence it came from
 * (`evidence`) and the people counted when the text gave them; and the
 * percentages not imported, with why.
 */
function draftJson(data: DraftData, skipped: SkippedFigure[]) {
  return {
    asOf: data.asOf,
    asOfPrecision: data.asOf === null ? null : (data.asOfPrecision ?? "day"),
    observations: data.observations.map(({ indicator, region, value, count, evidence }) => ({
      indicator,
      region,
      value,
      ...(count != null ? { count } : {}),
      ...(evidence != null ? { evidence } : {}),
    })),
    targets: data.targets.map(({ indicator, year, scope, value }) => ({
      indicator,
      year,
      scope: scope ?? "national",
      value,
    })),
    skipped: skipped.map(({ value, reason, text }) => ({
      value,
      reason: wordReason(enImport, reason),
      text,
    })),
  };
}

function summary(data: DraftData): string {
  return `${data.observations.length} values and ${data.targets.length} targets as of ${data.asOf ?? "an unknown date"}`;
}

function problemsMessage(read: ReadImport): string {
  const where = read.pending.kind === "csv" ? "line" : "sentence";
  return [
    `nothing written: ${read.problems.length} problem(s)`,
    ...read.problems.map((p) => {
      const reason = wordReason(enImport, p.reason);
      return p.line > 0 ? `${where} ${p.line}: ${reason} — ${p.text}` : reason;
    }),
  ].join("\n");
}

function isIsoDate(text: string): boolean {
  const [year = "", month = "", day = ""] = text.split("-");
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isoDate(year, month, day) === text;
}
