// The importers with their reasons worded as the admins read them
// (messages/id/import.ts): the importer tests compare those Indonesian texts,
// so they check the detection and its wording together.

import * as csv from "../../src/domain/import/csv.ts";
import type { ImportProblem, SkippedFigure } from "../../src/domain/import/draft-data.ts";
import { wordReason } from "../../src/domain/import/import-reason.ts";
import * as pressRelease from "../../src/domain/import/press-release.ts";
import * as resolve from "../../src/domain/import/resolve.ts";
import type { Lexicon } from "../../src/domain/lexicon.ts";
import { idImport } from "../../src/domain/messages/id/import.ts";

type Worded<T> = Omit<T, "reason"> & { reason: string };

export type ParsedPressRelease = Omit<pressRelease.ParsedPressRelease, "problems" | "skipped"> & {
  problems: Worded<ImportProblem>[];
  skipped: Worded<SkippedFigure>[];
};

export type ParsedCsv = Omit<csv.ParsedCsv, "problems"> & { problems: Worded<ImportProblem>[] };

function worded<T extends { reason: ImportProblem["reason"] }>(
  item: T,
): Omit<T, "reason"> & {
  reason: string;
} {
  return { ...item, reason: wordReason(idImport, item.reason) };
}

export function parsePressRelease(text: string, lexicon: Lexicon): ParsedPressRelease {
  const parsed = pressRelease.parsePressRelease(text, lexicon);
  return { ...parsed, problems: parsed.problems.map(worded), skipped: parsed.skipped.map(worded) };
}

export async function parseCsv(text: string, lexicon: Lexicon): Promise<ParsedCsv> {
  const parsed = await csv.parseCsv(text, lexicon);
  return { ...parsed, problems: parsed.problems.map(worded) };
}

export function resolveRegion(text: string, lexicon: Lexicon): resolve.Resolved<string> {
  const resolved = resolve.resolveRegion(text, lexicon);
  return "ok" in resolved ? resolved : { error: wordReason(idImport, resolved.error) };
}
