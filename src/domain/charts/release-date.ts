// A release's data date as replies write it, with the precision the source
// gave: "13 Juni 2024", "Mei 2024", "semester I 2024", "2023".

import { longDate, monthYear } from "../format.ts";
import { escapeHtml } from "../html.ts";
import { en } from "../messages/en/answers.ts";
import { id } from "../messages/id/answers.ts";
import type { Lang, Release } from "../types.ts";

export function releaseDate(release: Release, lang: Lang): string {
  const year = release.asOf.slice(0, 4);
  switch (release.asOfPrecision) {
    case "day":
      return longDate(release.asOf, lang);
    case "month":
      return monthYear(release.asOf, lang);
    case "semester":
      return (lang === "id" ? id : en).semester(
        Number(release.asOf.slice(5, 7)) <= 6 ? 1 : 2,
        // Digits: the same as text and as HTML.
        escapeHtml(year),
      );
    case "year":
      return year;
  }
}
