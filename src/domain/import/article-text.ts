// A pasted or forwarded article → its parts: the "Sumber:"/"Judul:" lines a
// copy may carry, the headlines (whose figures round the body's and are not
// read), the dateline ("SAMARINDA (ANTARA) –", which says where the news was
// filed, not what a figure is about), and the body's sentences.

import { withTablePercentages } from "./table-percentages.ts";

export interface ArticleSentence {
  text: string;
  /** A headline or caption line: its places count, its figures are not read. */
  heading: boolean;
  /** The first sentence after a "Baca juga" link: what came before may be another story's. */
  afterLink: boolean;
}

export interface ArticleText {
  sentences: ArticleSentence[];
  /** The place words of the dateline, when the article has one. */
  dateline: string | null;
  title: string | null;
  /** "Sumber: DKP3A Kaltim." → the source's name; a URL there is `sourceUrl`. */
  sourceName: string | null;
  sourceUrl: string | null;
}

const RELATED_STORY = /^(baca|lihat|simak)(\s+juga)?\s*:/i;
const URL_PATTERN = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const DOMAIN = /[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|co|news|info)\b/i;
const ABBREVIATIONS = /\b(Kab|Prov|Kec|Kel|No|Dr|Drs|Ir|H|Prof|St|Tbk)\.\s/g;
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z"“(‘'])/;
const ENDS_A_SENTENCE = /[.!?:;"”’)]\s*$/;
const BULLET = /^\s*(?:[-•*▪·]|\d{1,2}[.)])\s+/;
const SMALL_WORDS = new Set(
  "dan di ke dari yang pada untuk dengan atau dalam the of in and to a on for at by as".split(" "),
);
/** "Samarinda (ANTARA) -", "REDAKSIRIAU.CO.ID, PEKANBARU -", "Luwu Utara, daulatrakyat.id —". */
const DATELINE = /^\s*((?:[^.!?]|\.(?=\S)){2,70}?)\s*(--|[-–—])\s*/;
/** "MEDAN (Waspada):": a place in capitals and the outlet in brackets, then a colon. */
const COLON_DATELINE = /^\s*(\p{Lu}[\p{Lu} .,]{1,40}?)\s*\([A-Z][A-Za-z .]+\)\s*:\s*/u;
/** A spaced dash ends the dateline before any hyphen inside an outlet's name ("DOBO, TRIBUN-MALUKU - …"). */
const SPACED_DATELINE = /^\s*((?:[^.!?]|\.(?=\S)){2,70}?)\s+(--|[-–—])\s+/;

export function readArticle(text: string): ArticleText {
  const article: ArticleText = {
    sentences: [],
    dateline: null,
    title: null,
    sourceName: null,
    sourceUrl: null,
  };
  let bodyStarted = false;
  let afterLink = false;
  for (const raw of withTablePercentages(text.split(/\r?\n/))) {
    const line = raw.trim();
    if (!line) continue;
    const labelled = /^(Sumber|Source|Judul|Title)\s*:\s*(.*)$/i.exec(line);
    if (labelled && !bodyStarted) {
      readLabel(article, (labelled[1] as string).toLowerCase(), (labelled[2] as string).trim());
      continue;
    }
    if (labelled && /^(sumber|source)$/i.test(labelled[1] as string)) {
      readLabel(article, "sumber", (labelled[2] as string).trim());
      continue;
    }
    // "Baca juga: …" links another story: neither its words nor its figures are this one's.
    if (RELATED_STORY.test(line)) {
      afterLink = true;
      continue;
    }
    let body = line.replace(URL_PATTERN, " ");
    const dateline = datelineOf(body, !bodyStarted);
    if (dateline) {
      article.dateline ??= dateline.place;
      body = body.slice(dateline.length);
      if (!body.trim()) continue;
    }
    const heading =
      !dateline &&
      (isHeadline(body, bodyStarted) || (article.title !== null && body === article.title));
    if (!heading) bodyStarted = true;
    for (const text of splitSentences(body)) {
      article.sentences.push({ text, heading, afterLink });
      afterLink = false;
    }
  }
  return article;
}

function readLabel(article: ArticleText, label: string, value: string): void {
  if (label === "judul" || label === "title") {
    // "(tidak ada dalam teks; …)": the copy says it has no title.
    if (value && !value.startsWith("(")) article.title = value;
    return;
  }
  const url = /^(https?:\/\/\S+)/i.exec(value);
  if (url) article.sourceUrl ??= url[1] as string;
  else if (value) article.sourceName ??= withoutTrailingDots(value);
}

/** "DKP3A Kaltim. " → "DKP3A Kaltim", by a backward scan: /[.\s]+$/ rescans a long run from each of its characters. */
function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "." || /\s/.test(text[end - 1] ?? ""))) end--;
  return text.slice(0, end);
}

/** A title-cased line without a full stop, before the body starts ("… Capai 3,8 Persen"). */
function isHeadline(line: string, bodyStarted: boolean): boolean {
  if (BULLET.test(line) || ENDS_A_SENTENCE.test(line) || line.length > 200) return false;
  if (bodyStarted) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w) && !SMALL_WORDS.has(w));
  if (words.length === 0) return true;
  const capitalised = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.7;
}

interface Dateline {
  place: string;
  length: number;
}

/**
 * A dateline: the place (and outlet) a report was filed from. In capitals, or
 * with an outlet ("(ANTARA)", "Aktual.com"), on any line; a plain title-cased
 * place before a spaced dash only on the first line of the body.
 */
function datelineOf(line: string, firstBodyLine: boolean): Dateline | null {
  const colon = COLON_DATELINE.exec(line);
  if (colon) return { place: (colon[1] as string).replace(/[\s,]+$/, ""), length: colon[0].length };
  const onlyPlaceAndOutlet = /^([\p{L} ]{2,40}),\s*(\S+)$/u.exec(line);
  if (onlyPlaceAndOutlet && DOMAIN.test(onlyPlaceAndOutlet[2] as string)) {
    return { place: onlyPlaceAndOutlet[1] as string, length: line.length };
  }
  const match = SPACED_DATELINE.exec(line) ?? DATELINE.exec(line);
  if (!match) return null;
  const prefix = match[1] as string;
  const spaced = /\s(--|[-–—])\s/.test(match[0]) || /\s$/.test(match[0]);
  const hasOutlet = DOMAIN.test(prefix) || /\([A-Z][A-Za-z ]+\)/.test(prefix);
  const letters = prefix.replace(DOMAIN, "").replace(/[^\p{L}]/gu, "");
  const capitals = letters.length > 0 && letters === letters.toUpperCase();
  const words = prefix.split(/[\s,]+/).filter(Boolean);
  const titled =
    firstBodyLine && spaced && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w));
  if (!(hasOutlet || (capitals && letters.length >= 3) || titled)) return null;
  if (!spaced && !hasOutlet && !capitals) return null;
  // "DOBO, TRIBUN-MALUKU": the first part is the place; an outlet's name never is one.
  const place =
    prefix
      .split(",")
      .map((part) => part.replace(/\([^)]*\)/g, "").trim())
      .find((part) => part && !DOMAIN.test(part)) ?? "";
  return { place, length: match[0].length };
}

function splitSentences(line: string): string[] {
  return line
    .replace(ABBREVIATIONS, "$1 ")
    .split(SENTENCE_BREAK)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}
