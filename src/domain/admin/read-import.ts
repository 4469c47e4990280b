// An import file or text, read by the parser its kind calls for: a .csv file
// as CSV, anything else as press-release text. Shared by the bot (documents,
// pasted texts) and the CLI (files), so both read imports the same way.

import { parseCsv } from "../import/csv.ts";
import type { ImportProblem } from "../import/draft-data.ts";
import type { ImportReason } from "../import/import-reason.ts";
import { MAX_PRESS_RELEASE_CHARS, parsePressRelease } from "../import/press-release.ts";
import type { Lexicon } from "../lexicon.ts";
import type { PendingImport } from "./ports.ts";

export interface ReadImport {
  pending: PendingImport;
  /** CSV lines or press-release sentences that could not be used, and why. */
  problems: ImportProblem[];
  /**
   * Whether the problems stop the import: a CSV is all or nothing, while a
   * press release keeps what it read and reports the sentences it could not use.
   */
  blocking: boolean;
}

export function isCsvName(name: string): boolean {
  return name.toLowerCase().endsWith(".csv");
}

/**
 * Control characters other than tab and line breaks: a file holding them is
 * binary (a spreadsheet renamed .csv, UTF-16 text), not the UTF-8 text asked for.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

export async function readImport(
  name: string,
  text: string,
  lexicon: Lexicon,
): Promise<ReadImport> {
  const kind = isCsvName(name) ? "csv" : "press-release";
  if (BINARY.test(text)) {
    return refused(kind, { kind: "notText" });
  }
  return kind === "csv" ? readCsv(text, lexicon) : readPressRelease(text, lexicon);
}

async function readCsv(text: string, lexicon: Lexicon): Promise<ReadImport> {
  const { observations, problems } = await parseCsv(text, lexicon);
  const nothing = observations.length === 0 && problems.length === 0;
  return {
    pending: {
      kind: "csv",
      data: { asOf: null, observations, targets: [] },
      presentedOn: null,
      source: null,
    },
    problems: nothing ? [{ line: 0, text: "", reason: { kind: "noValues" } }] : problems,
    blocking: problems.length > 0 || nothing,
  };
}

export function readPressRelease(text: string, lexicon: Lexicon): ReadImport {
  // Only the start of a longer text would be read: refused whole instead of read in part.
  if (text.length > MAX_PRESS_RELEASE_CHARS) {
    return refused("press-release", {
      kind: "textTooLong",
      chars: text.length,
      max: MAX_PRESS_RELEASE_CHARS,
    });
  }
  const parsed = parsePressRelease(text, lexicon);
  const { problems, presentedOn, source, sourceUrl, skipped } = parsed;
  const data = {
    asOf: parsed.asOf,
    asOfPrecision: parsed.asOfPrecision,
    observations: parsed.observations,
    targets: parsed.targets,
  };
  const nothing = data.observations.length === 0 && data.targets.length === 0;
  return {
    pending: { kind: "press-release", data, presentedOn, source, sourceUrl, skipped },
    problems: nothing
      ? [...problems, { line: 0, text: "", reason: { kind: "noPercentages" } }]
      : problems,
    blocking: nothing,
  };
}

/** An import stopped before parsing, for the one reason given. */
function refused(kind: PendingImport["kind"], reason: ImportReason): ReadImport {
  return {
    pending: {
      kind,
      data: { asOf: null, observations: [], targets: [] },
      presentedOn: null,
      source: null,
    },
    problems: [{ line: 0, text: "", reason }],
    blocking: true,
  };
}
