// CSV of values → draft observations, all or nothing: every bad line (up to
// MAX_CSV_PROBLEMS) is reported with its line number, and a file with any bad
// line yields no rows.
// Columns: region (code or name), indicator (slug or name), value; header
// optional; "," or ";" separated; decimal commas accepted. Records are read
// by csv-parse (RFC 4180: quoted separators, quotes and line breaks, a BOM),
// its browser build, which runs on Workers without Node's APIs. Reading the
// rows (names, typos) is the costly part: it yields to the event loop every
// few hundred rows, so a large file never holds up other users' answers.

import { CsvError, parse } from "csv-parse/browser/esm/sync";
import type { Lexicon } from "../lexicon.ts";
import {
  type DraftObservation,
  type ImportProblem,
  isPercentage,
  parseDecimal,
} from "./draft-data.ts";
import type { CsvSyntax, ImportReason } from "./import-reason.ts";
import { resolveIndicator, resolveRegion } from "./resolve.ts";

export const MAX_CSV_BYTES = 1_000_000;
/** Every region of Indonesia (553) times nine indicators fits; more is not one release. */
export const MAX_CSV_ROWS = 5_000;
/**
 * A file with this many bad lines is the wrong file: reading on would only
 * lengthen the list (and a bad name costs a typo search to suggest the fix).
 */
export const MAX_CSV_PROBLEMS = 100;

export interface ParsedCsv {
  observations: DraftObservation[];
  problems: ImportProblem[];
}

/** Rows read between two yields to the event loop. */
export const ROWS_PER_CHUNK = 250;

/** Lets other work (other users' updates) run: a macrotask, on Node and Workers alike. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface CsvRecord {
  fields: string[];
  /** The line the record starts on, from 1. */
  line: number;
  /** The record as written, for problem reports. */
  text: string;
}

/** Reads the file, yielding to the event loop between chunks of rows. */
export async function parseCsv(text: string, lexicon: Lexicon): Promise<ParsedCsv> {
  const reading = readCsv(text, lexicon);
  for (let step = reading.next(); ; step = reading.next()) {
    if (step.done) return step.value;
    await yieldToEventLoop();
  }
}

/** The same reading without yielding: for measuring its whole cost (npm run bench). */
export function parseCsvAtOnce(text: string, lexicon: Lexicon): ParsedCsv {
  const reading = readCsv(text, lexicon);
  for (let step = reading.next(); ; step = reading.next()) if (step.done) return step.value;
}

/** The reading, paused (yield) after every chunk of rows. */
function* readCsv(text: string, lexicon: Lexicon): Generator<void, ParsedCsv> {
  if (text.length > MAX_CSV_BYTES) {
    return refuse({ kind: "fileTooLarge", bytes: text.length, max: MAX_CSV_BYTES });
  }
  const records = readRecords(text);
  if ("refused" in records) return refuse(records.refused);
  if (records.length > MAX_CSV_ROWS) {
    return refuse({ kind: "tooManyRows", max: MAX_CSV_ROWS });
  }
  const separator = separatorOf(text);

  const observations: DraftObservation[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const [index, record] of records.entries()) {
    if (index > 0 && index % ROWS_PER_CHUNK === 0) yield;
    if (problems.length === MAX_CSV_PROBLEMS) {
      // First, so that a list cut short for a reply still says so.
      problems.unshift({
        line: 0,
        text: "",
        reason: { kind: "stoppedReading", line: record.line, max: MAX_CSV_PROBLEMS },
      });
      break;
    }
    const fields = valueFields(record.fields, separator);
    const isHeader =
      index === 0 && fields.length === 3 && Number.isNaN(parseDecimal(fields[2] ?? ""));
    if (isHeader) continue;
    const read = readRow(fields, separator, lexicon);
    const key =
      "observation" in read ? `${read.observation.indicator}|${read.observation.region}` : "";
    const earlier = seen.get(key);
    const reason: ImportReason | null =
      "reason" in read
        ? read.reason
        : earlier && "observation" in read
          ? {
              kind: "duplicateRow",
              indicator: read.observation.indicator,
              region: read.observation.region,
              earlierLine: earlier,
            }
          : null;
    if (reason) problems.push({ line: record.line, text: record.text, reason });
    else if ("observation" in read) {
      seen.set(key, record.line);
      observations.push(read.observation);
    }
  }
  return problems.length > 0 ? { observations: [], problems } : { observations, problems };
}

/** ";" if the first line that is not blank has one, else ",". */
function separatorOf(text: string): string {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim()) return line.includes(";") ? ";" : ",";
    if (end === -1) break;
    start = end + 1;
  }
  return ",";
}

/** The file's records, blank lines skipped; a quoted field left open refuses the file. */
function readRecords(text: string): CsvRecord[] | { refused: ImportReason } {
  try {
    // One kind of line break: csv-parse counts a CRLF inside quotes as two lines.
    const parsed = parse(text.replace(/\r\n?/g, "\n"), {
      delimiter: separatorOf(text),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // A quote inside an unquoted field is text ('Kota "B"'): only a field opened with a quote must close it.
      relax_quotes: true,
      info: true,
      raw: true,
    }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
    return parsed.map(({ record, raw, info }) => {
      // raw holds the blank lines skipped before the record and its line break.
      const written = raw.trim();
      return {
        fields: record,
        line: info.lines - lineBreaksIn(written),
        text: written,
      };
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    const syntax = QUOTE_PROBLEMS[error.code] ?? "other";
    return { refused: { kind: "csvSyntax", syntax, line: line ?? null } };
  }
}

/** csv-parse's error codes for the quoting mistakes people make, by the problem they name. */
const QUOTE_PROBLEMS: Partial<Record<string, CsvSyntax>> = {
  CSV_QUOTE_NOT_CLOSED: "quoteNotClosed",
  CSV_INVALID_CLOSING_QUOTE: "textAfterClosingQuote",
  INVALID_OPENING_QUOTE: "quoteInsideField",
};

function lineBreaksIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

function readRow(
  fields: string[],
  separator: string,
  lexicon: Lexicon,
): { observation: DraftObservation } | { reason: ImportReason } {
  if (fields.length !== 3) {
    return { reason: { kind: "columnCount", separator, count: fields.length } };
  }
  const [regionText, indicatorText, valueText] = fields as [string, string, string];
  const region = resolveRegion(regionText, lexicon);
  const indicator = resolveIndicator(indicatorText, lexicon);
  const value = parseDecimal(valueText);
  if ("ok" in region && "ok" in indicator && isPercentage(value)) {
    return { observation: { indicator: indicator.ok, region: region.ok, value, sourceRank: null } };
  }
  const reasons: ImportReason[] = [
    ...("error" in region ? [region.error] : []),
    ...("error" in indicator ? [indicator.error] : []),
    ...(Number.isNaN(value) ? [{ kind: "notANumber", text: valueText } as const] : []),
    ...(!Number.isNaN(value) && !isPercentage(value)
      ? [{ kind: "outOfRange", value } as const]
      : []),
  ];
  const [only] = reasons;
  return { reason: reasons.length === 1 && only ? only : { kind: "several", reasons } };
}

function refuse(reason: ImportReason): ParsedCsv {
  return { observations: [], problems: [{ line: 0, text: "", reason }] };
}

/** "64.03,ikd,1,74": with "," separating, an unquoted decimal comma splits the value in two. */
function valueFields(fields: string[], separator: string): string[] {
  if (separator !== "," || fields.length !== 4) return fields;
  const [a, b, whole, fraction] = fields as [string, string, string, string];
  return /^\d+$/.test(whole) && /^\d+$/.test(fraction) ? [a, b, `${whole},${fraction}`] : fields;
}
