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
 * capped at `limit + 1`: typo matching only ever asks "within 1 or 2?". The
 * common case, one typo, is answered in a single pass without allocating.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit || limit === 0) return limit + 1;
  if (limit === 1) return withinOneEdit(a, b) ? 1 : 2;
  return boundedDistance(a, b, limit);
}

function withinOneEdit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return (
      short[i] === long[i + 1] &&
      short[i + 1] === long[i] &&
      short.slice(i + 2) === long.slice(i + 2)
    );
  }
  return short.slice(i) === long.slice(i + 1);
}

function boundedDistance(a: string, b: string, limit: number): number {
  let prevPrev = new Int32Array(b.length + 1);
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[b.length] as number, limit + 1);
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}
