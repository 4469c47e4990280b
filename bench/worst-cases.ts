// The worst inputs we can construct for every parser a user can reach, timed
// one by one. Each family aims at a way the work could grow faster than the
// text: typo search over many near-place words, windows of unknown words,
// markup that never closes, long runs of digits, level words that each start
// a place, one endless word. Questions, inline queries, /langganan filters and
// admin arguments get 4,096 characters (a Telegram message); a press release
// 20,000; a CSV file the size the importer accepts.

import {
  parseCorrection,
  parseDraftEdit,
  parseDraftMeta,
  parseSubject,
  parseSubjectValue,
  parseTarget,
} from "../src/domain/admin/arguments.ts";
import { readFilter } from "../src/domain/broadcast/filter.ts";
import { MAX_CSV_BYTES, MAX_CSV_ROWS, parseCsvAtOnce } from "../src/domain/import/csv.ts";
import { parsePressRelease } from "../src/domain/import/press-release.ts";
import type { Lexicon } from "../src/domain/lexicon.ts";
import { understand } from "../src/domain/understand.ts";
import { percentile } from "./stats.ts";

export const MESSAGE_CHARS = 4_096;
export const INLINE_QUERY_CHARS = 256;
export const PRESS_RELEASE_CHARS = 20_000;

/** Words one or two typos from place names, alone and in multi-word runs. */
const NEAR_PLACES = [
  "brau",
  "samarnda",
  "balikpapn",
  "kutai kertanegra",
  "penajam pasr utra",
  "kartanegra",
  "bontng",
  "tanjung redb",
  "mahakam ul",
  "kutai timr",
  "sumatra utra",
  "kalimantn timr",
];

/** Fills `chars` with `unit` repeated, cut at a word boundary where there is one. */
function fill(unit: string, chars: number): string {
  const text = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const cut = text.lastIndexOf(" ");
  return cut > chars * 0.9 ? text.slice(0, cut) : text;
}

/** Pseudo-random but repeatable: the same inputs on every run. */
function randomWords(chars: number, seed: number, minLength: number, maxLength: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const letters = "aeiounrtkblmpsgd";
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    const size = minLength + Math.floor(next() * (maxLength - minLength + 1));
    let word = "";
    for (let i = 0; i < size; i++) word += letters[Math.floor(next() * letters.length)];
    words.push(word);
    length += size + 1;
  }
  return words.join(" ").slice(0, chars);
}

export interface WorstInput {
  name: string;
  text: string;
}

/** Texts of `chars` characters built to make a reader of places and phrases work hard. */
export function adversarialTexts(chars: number): WorstInput[] {
  return [
    { name: "near-place words", text: fill(`${NEAR_PLACES.join(" ")} `, chars) },
    { name: "ikd + near-place words", text: `ikd ${fill(`${NEAR_PLACES.join(" ")} `, chars - 4)}` },
    { name: "random 4–7 letter words", text: randomWords(chars, 7, 4, 7) },
    { name: "random 8–12 letter words", text: randomWords(chars, 11, 8, 12) },
    { name: "level words", text: fill("kabupaten kota provinsi ", chars) },
    { name: "level word + unknown word", text: fill("kota brau kab samarnda ", chars) },
    { name: "one word", text: "a".repeat(chars) },
    { name: "digits", text: "1".repeat(chars) },
    { name: "dotted digits", text: fill("64.", chars) },
    { name: "unclosed markup", text: fill("<a", chars) },
    { name: "markup", text: fill("<b>ikd</b> ", chars) },
    { name: "accents", text: fill("e\u0301\u200b", chars) },
    { name: "phrase starts", text: fill("kartu tanda kartu identitas ktp ", chars) },
    { name: "numbers and places", text: fill("ikd berau 1,74 ", chars) },
    { name: "separators", text: fill("|;,", chars) },
  ];
}

export interface WorstTiming {
  parser: string;
  /** The slowest input for this parser. */
  worst: string;
  /** Its CPU time per call, in milliseconds. */
  cpuMs: number;
  /** How many inputs were tried. */
  inputs: number;
}

const BATCHES = 5;

/**
 * CPU time per call of `task` (this process's user + system time, the time a
 * Worker's limit counts): the median of five batches of `runs` calls, after a
 * warm-up call. CPU time, unlike wall time, does not count the time other
 * processes on a busy machine hold the CPU; a batch evens out the clock's
 * granularity.
 */
function cpuMsPerCall(task: () => unknown, runs: number): number {
  task();
  const batches: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const start = process.cpuUsage();
    for (let i = 0; i < runs; i++) task();
    const used = process.cpuUsage(start);
    batches.push((used.user + used.system) / 1000 / runs);
  }
  return percentile(
    batches.sort((a, b) => a - b),
    50,
  );
}

function worstOf(
  parser: string,
  inputs: WorstInput[],
  run: (text: string) => unknown,
  runs: number,
): WorstTiming {
  let worst = { name: "", ms: -1 };
  for (const input of inputs) {
    const ms = cpuMsPerCall(() => run(input.text), runs);
    if (ms > worst.ms) worst = { name: input.name, ms };
  }
  return { parser, worst: worst.name, cpuMs: worst.ms, inputs: inputs.length };
}

/** Admin arguments: the text after the command, as each command reads it. */
function adminArguments(lexicon: Lexicon): [string, (text: string) => unknown][] {
  return [
    ["/ubah", (text) => parseSubjectValue(text, lexicon)],
    ["/koreksi", (text) => parseCorrection(text, lexicon)],
    ["/hapus", (text) => parseSubject(text, lexicon)],
    ["/target", (text) => parseTarget(text, lexicon)],
    ["/draf", (text) => parseDraftMeta(text)],
    ["/draf_ubah", (text) => parseDraftEdit(text)],
  ];
}

/** A CSV file of as many rows as accepted, within the size accepted. */
function csvFiles(): WorstInput[] {
  const rows = (row: string) => row.repeat(MAX_CSV_ROWS).slice(0, MAX_CSV_BYTES);
  return [
    { name: "near-place rows", text: rows("penajam pasr utra;ktp el pemla;12,5\n") },
    { name: "unknown words", text: rows("brau kutai samarnda balikpapn;ikd kia;1\n") },
    { name: "valid rows", text: rows("64.03,ikd,1.74\n") },
    { name: "named rows", text: rows("kabupaten penajam paser utara;ktp-el pemula;12,5\n") },
    { name: "long fields", text: `${"kutai kertanegra ".repeat(MAX_CSV_BYTES / 40)};ikd;1\n` },
    { name: "quotes", text: rows('"a""b";"c";"1"\n') },
  ];
}

/** The baseline: CPU time per question over the test corpus, as people ask. */
export function corpusQuestionCpuMs(lexicon: Lexicon, questions: string[]): number {
  return (
    cpuMsPerCall(() => {
      for (const text of questions) understand(text, lexicon);
    }, 5) / questions.length
  );
}

export function benchWorstCases(lexicon: Lexicon): WorstTiming[] {
  const message = adversarialTexts(MESSAGE_CHARS);
  const inline = adversarialTexts(INLINE_QUERY_CHARS);
  const withPrefixes = (prefix: string) =>
    message.map(({ name, text }) => ({ name, text: `${prefix}${text}`.slice(0, MESSAGE_CHARS) }));
  const release = adversarialTexts(PRESS_RELEASE_CHARS);
  return [
    worstOf("question (understand)", message, (text) => understand(text, lexicon), 20),
    worstOf("inline query (understand)", inline, (text) => understand(text, lexicon), 20),
    worstOf("/langganan filter", message, (text) => readFilter(text, lexicon), 20),
    ...adminArguments(lexicon).map(([command, parse]) =>
      worstOf(`${command} arguments`, [...message, ...withPrefixes("ikd berau ")], parse, 20),
    ),
    worstOf("press release", release, (text) => parsePressRelease(text, lexicon), 4),
    worstOf(
      "CSV file (≤ 1 MB, ≤ 5,000 rows)",
      csvFiles(),
      (text) => parseCsvAtOnce(text, lexicon),
      1,
    ),
  ];
}
