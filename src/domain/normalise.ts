// Text → comparable tokens. Questions and reference names go through the same
// function, so "Kab. Penajam Paser Utara", "PENAJAM paser-utara" and
// "penajam paser utara" meet as the same token sequence.

const MARKUP = /<\/?[a-z][^>]*>/gi;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const COMBINING = /\p{M}+/gu;
/** Dotted official codes stay whole ("64.03"); everything else splits on non-alphanumerics. */
const TOKEN = /\d+(?:\.\d+)*|[\p{L}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  const folded = text
    .replace(MARKUP, " ")
    .replace(INVISIBLE, "")
    .normalize("NFKD")
    .replace(COMBINING, "")
    .toLowerCase();
  return folded.match(TOKEN) ?? [];
}

/** One canonical string for a name or alias: "Kab. Kutai-Barat" → "kab kutai barat". */
export function normalise(text: string): string {
  return tokenize(text).join(" ");
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition),
 * giving up early once every path exceeds `limit`: typo matching only ever asks
 * "within 1 or 2?", and the early exit keeps a question well under a millisecond.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}
