// CSV of values → draft observations, all or nothing: every bad line (up to
// MAX_CSV_PROBLEMS) is reported with its line number, and a file with any bad
// line yields no rows.
// Columns: region (code or name), indicator (slug or name), value; header
// optional; "," or ";" separated; decimal commas accepted.

import type { Lexicon } from "../lexicon.ts";
import {
  type DraftObservation,
  type ImportProblem,
  isPercentage,
  parseDecimal,
} from "./draft-data.ts";
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

export function parseCsv(text: string, lexicon: Lexicon): ParsedCsv {
  if (text.length > MAX_CSV_BYTES) {
    return refuse(`berkas terlalu besar: ${text.length} byte, paling banyak ${MAX_CSV_BYTES}`);
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  // A final line break ends the last line; it does not start one more.
  if (lines.at(-1) === "") lines.pop();
  if (lines.length > MAX_CSV_ROWS)
    return refuse(`terlalu banyak baris: paling banyak ${MAX_CSV_ROWS}`);
  const separator = (lines.find((l) => l.trim()) ?? "").includes(";") ? ";" : ",";

  const observations: DraftObservation[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  let headerAllowed = true;
  for (const [index, line] of lines.entries()) {
    if (problems.length === MAX_CSV_PROBLEMS) {
      // First, so that a list cut short for a reply still says so.
      problems.unshift({
        line: 0,
        text: "",
        reason: `berhenti membaca di baris ${index + 1}: sudah ${MAX_CSV_PROBLEMS} baris bermasalah`,
      });
      break;
    }
    if (!line.trim()) continue;
    const fields = valueFields(splitFields(line, separator), separator);
    const isHeader =
      headerAllowed && fields.length === 3 && Number.isNaN(parseDecimal(fields[2] ?? ""));
    headerAllowed = false;
    if (isHeader) continue;
    const read = readRow(fields, separator, lexicon);
    const key =
      "observation" in read ? `${read.observation.indicator}|${read.observation.region}` : "";
    const earlier = seen.get(key);
    const reason =
      "reason" in read
        ? read.reason
        : earlier
          ? `nilai ganda untuk ${key.replace("|", " ")} (juga di baris ${earlier})`
          : null;
    if (reason) problems.push({ line: index + 1, text: line, reason });
    else if ("observation" in read) {
      seen.set(key, index + 1);
      observations.push(read.observation);
    }
  }
  return problems.length > 0 ? { observations: [], problems } : { observations, problems };
}

function readRow(
  fields: string[],
  separator: string,
  lexicon: Lexicon,
): { observation: DraftObservation } | { reason: string } {
  if (fields.length !== 3) {
    return {
      reason: `butuh 3 kolom (wilayah${separator}indikator${separator}nilai), ada ${fields.length}`,
    };
  }
  const [regionText, indicatorText, valueText] = fields as [string, string, string];
  const region = resolveRegion(regionText, lexicon);
  const indicator = resolveIndicator(indicatorText, lexicon);
  const value = parseDecimal(valueText);
  if ("ok" in region && "ok" in indicator && isPercentage(value)) {
    return { observation: { indicator: indicator.ok, region: region.ok, value, sourceRank: null } };
  }
  const reasons = [
    "error" in region ? region.error : null,
    "error" in indicator ? indicator.error : null,
    Number.isNaN(value) ? `nilai “${valueText}” bukan angka` : null,
    !Number.isNaN(value) && !isPercentage(value) ? `nilai ${value} di luar 0–100` : null,
  ];
  return { reason: reasons.filter(Boolean).join("; ") };
}

function refuse(reason: string): ParsedCsv {
  return { observations: [], problems: [{ line: 0, text: "", reason }] };
}

/** RFC 4180 fields: quotes allow the separator inside a field, "" is a quote. */
function splitFields(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** "64.03,ikd,1,74": with "," separating, an unquoted decimal comma splits the value in two. */
function valueFields(fields: string[], separator: string): string[] {
  if (separator !== "," || fields.length !== 4) return fields;
  const [a, b, whole, fraction] = fields as [string, string, string, string];
  return /^\d+$/.test(whole) && /^\d+$/.test(fraction) ? [a, b, `${whole},${fraction}`] : fields;
}
