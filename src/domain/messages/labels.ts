// Names, numbers and dates in admin replies, written as answers write them and
// HTML-escaped: admin texts put these into messages as they are.

import { dateTime, escapeHtml, longDate, percent } from "../format.ts";
import type { Lexicon } from "../lexicon.ts";
import { id } from "./id.ts";

export interface Labels {
  indicator(slug: string): string;
  region(code: string): string;
  /** "IKD Kabupaten Berau". */
  subject(indicator: string, region: string): string;
  /** "2,15%", or "—" for no value. */
  value(value: number | null): string;
  /** "13 Juni 2024". */
  date(isoDate: string): string;
  /** "19 Jun 2024, 10.30", in WITA. */
  time(isoTimestamp: string): string;
  /** Any other stored or typed text. */
  text(raw: string): string;
}

export function labelsFor(lexicon: Lexicon): Labels {
  const indicator = (slug: string) =>
    escapeHtml(lexicon.indicatorBySlug.get(slug)?.shortId ?? slug);
  const region = (code: string) => escapeHtml(lexicon.regionByCode.get(code)?.name ?? code);
  return {
    indicator,
    region,
    subject: (slug, code) => id.indicatorIn(indicator(slug), region(code)),
    value: (value) => (value === null ? "—" : percent(value, "id")),
    date: (isoDate) => longDate(isoDate, "id"),
    time: (isoTimestamp) => dateTime(isoTimestamp, "id"),
    text: escapeHtml,
  };
}
