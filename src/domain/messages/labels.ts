// Names, numbers and dates in admin replies, written as answers write them and
// HTML-escaped: admin texts put these into messages as they are.

import { dateTime, longDate, percent } from "../format.ts";
import { escapeHtml, type Html, html } from "../html.ts";
import type { Lexicon } from "../lexicon.ts";
import { id } from "./id/answers.ts";

export interface Labels {
  indicator(slug: string): Html;
  region(code: string): Html;
  /** "IKD Kabupaten Berau". */
  subject(indicator: string, region: string): Html;
  /** "2,15%", or "—" for no value. */
  value(value: number | null): Html;
  /** "13 Juni 2024". */
  date(isoDate: string): Html;
  /** "19 Jun 2024, 10.30", in WITA. */
  time(isoTimestamp: string): Html;
  /** Any other stored or typed text. */
  text(raw: string): Html;
}

export function labelsFor(lexicon: Lexicon): Labels {
  const indicator = (slug: string) =>
    escapeHtml(lexicon.indicatorBySlug.get(slug)?.shortId ?? slug);
  const region = (code: string) => escapeHtml(lexicon.regionByCode.get(code)?.name ?? code);
  return {
    indicator,
    region,
    subject: (slug, code) => id.indicatorIn(indicator(slug), region(code)),
    value: (value) => (value === null ? html`—` : escapeHtml(percent(value, "id"))),
    date: (isoDate) => escapeHtml(longDate(isoDate, "id")),
    time: (isoTimestamp) => escapeHtml(dateTime(isoTimestamp, "id")),
    text: escapeHtml,
  };
}
