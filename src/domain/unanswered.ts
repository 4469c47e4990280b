// Questions the bot could not answer, as admins see them: which answers count
// as unanswered, what of a question is kept (its normalised text, nothing
// about who asked), and which texts are never kept because they look like
// personal data.

import type { Answer } from "./answer.ts";
import { normalise } from "./normalise.ts";

export const UNANSWERED_REASONS = ["not-understood", "no-data"] as const;
export type UnansweredReason = (typeof UNANSWERED_REASONS)[number];

/** How long a question is kept, in days. */
export const UNANSWERED_KEPT_DAYS = 90;

/** Longer questions are cut to this before anything else: checks stay linear and rows small. */
const KEPT_CHARS = 300;

/** Blocks that mean the question got no answer to what it asked. */
const NO_DATA_BLOCKS = new Set(["missing", "unmet", "extreme-unknown", "rank-unknown"]);

/** Why an answer counts as unanswered, or null when it answered. */
export function unansweredReason(result: Answer): UnansweredReason | null {
  if (result.blocks.some((block) => block.type === "not-understood")) return "not-understood";
  if (result.blocks.some((block) => NO_DATA_BLOCKS.has(block.type))) return "no-data";
  return null;
}

export interface UnansweredQuestion {
  text: string;
  reason: UnansweredReason;
}

/** Port: where unanswered questions are counted and read back. */
export interface UnansweredQuestions {
  /** Counts the question in the week of `today` (ISO date) and drops weeks older than 90 days. */
  record(question: UnansweredQuestion, today: string): Promise<void>;
  /** The most frequent over the kept period, most asked first. */
  top(limit: number, today: string): Promise<UnansweredCount[]>;
}

export interface UnansweredCount extends UnansweredQuestion {
  /** Times asked over the kept period. */
  total: number;
  /** Times asked in the current week. */
  thisWeek: number;
}

/**
 * The text to keep for an unanswered question: normalised, or null when the
 * question looks like it holds personal data (a 16-digit NIK, a phone number,
 * an e-mail address or a Telegram @username) or has nothing left to keep.
 */
export function keptQuestionText(question: string): string | null {
  const text = question.slice(0, KEPT_CHARS);
  if (looksPersonal(text)) return null;
  const kept = normalise(text);
  return kept === "" ? null : kept;
}

/** Digits with the spaces, dots and dashes people group them with removed: "0812-3456 789" → "08123456789". */
const DIGIT_RUN = /\d(?:[\s.-]?\d)*/g;
/** Mobile numbers: 08…, 628…, +628…. */
const MOBILE = /^(?:0|62)8/;

function looksPersonal(text: string): boolean {
  if (text.includes("@")) return true;
  for (const run of text.match(DIGIT_RUN) ?? []) {
    const digits = run.replace(/\D/g, "");
    // A NIK or a KK number is 16 digits, a phone number 10–13: no statistic is written so.
    if (digits.length >= 10) return true;
    if (digits.length >= 9 && MOBILE.test(digits)) return true;
  }
  return false;
}

/** The Monday (UTC) starting the week of an ISO date, as an ISO date. */
export function weekOf(isoDate: string): string {
  const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

/** The first week still kept on `today`: weeks starting before it are dropped. */
export function oldestKeptWeek(today: string): string {
  const day = new Date(`${today.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - UNANSWERED_KEPT_DAYS);
  return weekOf(day.toISOString());
}
