// Generated input for property tests and the fuzz benchmark: text a user
// might type to the bot, CSV files and press releases an admin might import.
// Each mixes words the parsers know (places, indicators, cues, numbers, dates)
// with markup, SQL, stray punctuation and arbitrary Unicode, so the generated
// input reaches deep into the parsers instead of stopping at "not understood".

import fc from "fast-check";

const PLACES = [
  "berau",
  "kutai",
  "kukar",
  "balikpapan",
  "Kota Bontang",
  "64.03",
  "64",
  "bandung",
  "brau",
  "Penajam Paser Utara",
  "kaltim",
];
const INDICATORS = [
  "ikd",
  "kia",
  "ktp-el",
  "KTP-el pemula",
  "e-KTP",
  "kartu identitas anak",
  "digital ID",
];
const CUES = [
  "tertinggi",
  "terendah",
  "target",
  "vs",
  "peringkat",
  "dan",
  "perubahan",
  "kota",
  "kabupaten",
  "what",
  "is",
  "the",
  "lowest",
  "compare",
  "capaian",
  "cakupan",
  "hingga",
  "per",
  "nasional",
];
const HOSTILE = [
  "<b>",
  "</i>",
  "&amp;",
  "'; DROP TABLE regions; --",
  "=cmd|' /C calc'!A0",
  "\u200b",
  "\u202e",
  "🙂",
  '"',
  "\\",
];
const DATES = [
  "13 Juni 2024",
  "(19/6/2024)",
  "2024-06-13",
  "31 December 2024",
  "Rabu (19/6)",
  "30/09/2024",
];

const known = (words: string[]) => fc.constantFrom(...words);
const decimal = fc
  .tuple(
    fc.integer({ min: -5, max: 250 }),
    fc.integer({ min: 0, max: 999 }),
    fc.constantFrom(",", "."),
  )
  .map(([whole, fraction, point]) => `${whole}${point}${fraction}`);
const shortNoise = fc.string({ maxLength: 8 });

/** Words of a question, mostly known ones, joined by spaces. */
export const questionish = fc
  .array(fc.oneof(known(PLACES), known(INDICATORS), known(CUES), known(HOSTILE), shortNoise), {
    maxLength: 8,
  })
  .map((parts) => parts.join(" "));

/** Anything a user can send: arbitrary text, arbitrary code units, or question-like words. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 100 }),
  questionish,
);

const csvField = fc.oneof(
  known(PLACES),
  known(INDICATORS),
  decimal,
  known(HOSTILE),
  shortNoise,
  fc.constant(""),
  // Quoted, with the separators and a doubled quote inside.
  fc.string({ maxLength: 12 }).map((text) => `"${text.replaceAll('"', '""')},;"`),
);

/** A CSV file: lines of fields, either separator, LF or CRLF, sometimes a BOM and a header. */
export const csvText = fc
  .tuple(
    fc.constantFrom(",", ";"),
    fc.constantFrom("\n", "\r\n"),
    fc.boolean(),
    fc.boolean(),
    fc.array(fc.array(csvField, { minLength: 1, maxLength: 5 }), { maxLength: 30 }),
  )
  .map(([separator, newline, bom, header, rows]) => {
    const lines = rows.map((fields) => fields.join(separator));
    if (header) lines.unshift(["wilayah", "indikator", "nilai"].join(separator));
    return (bom ? "\uFEFF" : "") + lines.join(newline);
  });

const percentage = fc
  .tuple(decimal, fc.constantFrom("%", " persen", " percent", "", " per cent"))
  .map(([value, unit]) => value + unit);

/** A press release: sentences of places, indicators, percentages, dates, cues and noise. */
export const pressReleaseText = fc
  .array(
    fc
      .array(
        fc.oneof(
          known(PLACES),
          known(INDICATORS),
          known(CUES),
          percentage,
          known(DATES),
          known(HOSTILE),
          shortNoise,
        ),
        { minLength: 1, maxLength: 14 },
      )
      .map((words) => words.join(" ")),
    { maxLength: 25 },
  )
  .chain((sentences) =>
    fc.constantFrom(". ", ".\n", "! ", "; ", "\n\n").map((end) => sentences.join(end)),
  );
