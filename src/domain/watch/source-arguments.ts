// What `/sumber_pantau …` and `npm run cli -- sources …` are asked, read the
// same way from both: "" or "list" lists; "tambah <url> [kata kunci, …]
// [wilayah:<kode>] [feed|halaman]" adds; "hapus <id>" removes. Keywords are
// separated by commas, so "akta kelahiran" is one keyword. Every problem is
// named; nothing is written when there is one.

import { checkKeywords } from "./keywords.ts";
import type { SourceKind } from "./ports.ts";
import type { SourceRequestProblem } from "./source-problem.ts";

export type SourceRequest =
  | { action: "list" }
  | { action: "check" }
  | {
      action: "add";
      url: string;
      kind: SourceKind;
      keywords: string[] | null;
      regionCode: string | null;
    }
  | { action: "remove"; id: number };

const ADD = new Set(["tambah", "add"]);
const REMOVE = new Set(["hapus", "remove"]);
const LIST = new Set(["", "daftar", "list"]);
const CHECK = new Set(["periksa", "check"]);
const MAX_URL_CHARS = 500;
/** Addresses that usually are feeds; anything else is read as a page of links unless told. */
const FEED_LIKE = /(rss|feed|atom)|\.xml$/i;

export function readSourceRequest(
  input: string,
  isRegion: (code: string) => boolean,
): { ok: SourceRequest } | { problem: SourceRequestProblem } {
  const trimmed = input.trim();
  const [word = "", ...rest] = trimmed.split(/\s+/);
  const action = word.toLowerCase();
  if (LIST.has(action) && rest.length === 0) return { ok: { action: "list" } };
  if (CHECK.has(action) && rest.length === 0) return { ok: { action: "check" } };
  if (REMOVE.has(action)) {
    const id = rest.length === 1 && /^\d{1,9}$/.test(rest[0] ?? "") ? Number(rest[0]) : null;
    return id === null ? { problem: { kind: "removeNeedsId" } } : { ok: { action: "remove", id } };
  }
  if (!ADD.has(action)) {
    return { problem: { kind: "unknownAction", word: word.slice(0, 30) } };
  }
  return readAddition(rest, isRegion);
}

function readAddition(
  words: string[],
  isRegion: (code: string) => boolean,
): { ok: SourceRequest } | { problem: SourceRequestProblem } {
  const [url = "", ...rest] = words;
  if (url.length > MAX_URL_CHARS) return { problem: { kind: "urlTooLong", max: MAX_URL_CHARS } };
  if (!isWebAddress(url)) return { problem: { kind: "notWebAddress" } };
  let regionCode: string | null = null;
  let kind: SourceKind | null = null;
  const keywordWords: string[] = [];
  for (const word of rest) {
    const region = /^wilayah:(.*)$/i.exec(word);
    if (region) {
      const code = region[1] ?? "";
      if (!isRegion(code))
        return { problem: { kind: "unknownRegionCode", code: code.slice(0, 20) } };
      regionCode = code;
    } else if (/^(feed|rss|atom)$/i.test(word)) kind = "feed";
    else if (/^(halaman|page)$/i.test(word)) kind = "page";
    else keywordWords.push(word);
  }
  const keywords = keywordWords
    .join(" ")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
  const checked = checkKeywords(keywords);
  if ("problem" in checked) return checked;
  return {
    ok: {
      action: "add",
      url,
      kind: kind ?? (FEED_LIKE.test(new URL(url).pathname) ? "feed" : "page"),
      keywords: checked.ok.length > 0 ? checked.ok : null,
      regionCode,
    },
  };
}

export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    return new URL(text).hostname !== "";
  } catch {
    return false;
  }
}
