// Text → comparable tokens. Questions and reference names go through the same
// function, so "Kab. Penajam Paser Utara", "PENAJAM paser-utara" and
// "penajam paser utara" meet as the same token sequence.

/**
 * A tag ends at its ">" and never spans another "<": "<a<a<a…" without a ">"
 * is then read in one pass, where "[^>]*" would rescan the rest of the text
 * from every "<".
 */
const MARKUP = /<\/?[a-z][^<>]*>/gi;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const COMBINING = /\p{M}+/gu;
/** Dotted official codes stay whole ("64.03"); everything else splits on non-alphanumerics. */
const TOKEN = /\d+(?:\.\d+)*|[\p{L}\p{N}]+/gu;

/** Printable ASCII: nothing invisible, nothing to decompose, no combining marks. */
const PLAIN = /^[\x20-\x7e]*$/;

export function tokenize(text: string): string[] {
  const unmarked = text.includes("<") ? text.replace(MARKUP, " ") : text;
  // Most questions are plain ASCII, for which the Unicode folding changes nothing.
  const folded = PLAIN.test(unmarked)
    ? unmarked.toLowerCase()
    : unmarked.replace(INVISIBLE, "").normalize("NFKD").replace(COMBINING, "").toLowerCase();
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
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    if (sameTail(short, i + 1, long, i + 1)) return true;
    return (
      short[i] === long[i + 1] && short[i + 1] === long[i] && sameTail(short, i + 2, long, i + 2)
    );
  }
  return sameTail(short, i, long, i + 1);
}

/** a.slice(i) === b.slice(j), without making either slice. */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  const rest = Math.max(0, a.length - i);
  if (rest !== Math.max(0, b.length - j)) return false;
  for (let k = 0; k < rest; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

/** Rows reused across calls: typo matching runs this for many candidates per word. */
let rows = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];

/**
 * Only the diagonal band |i - j| ≤ limit can hold a distance within the limit,
 * so each row costs 2·limit + 1 cells, not the length of `b`.
 */
function boundedDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if ((rows[0] as Int32Array).length < b.length + 1) {
    rows = [0, 1, 2].map(() => new Int32Array(b.length + 1));
  }
  let [prevPrev, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    row[from - 1] = from === 1 && i <= limit ? i : over;
    let rowMin = row[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (j < i + limit ? (prev[j] as number) : over) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      row[j] = Math.min(d, over);
      if (d < rowMin) rowMin = d;
    }
    if (to < b.length) row[to + 1] = over;
    if (rowMin > limit) return over;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[b.length] as number, over);
}

/**
 * The letters a string holds, as bits (a–z, digits share one bit). One edit
 * changes at most two bits, so keys whose masks differ in more than 2·limit
 * bits are skipped without computing a distance.
 */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c !== 32) mask |= 1 << 26;
  }
  return mask;
}

export function maskDistance(a: number, b: number): number {
  let x = a ^ b;
  let bits = 0;
  while (x !== 0) {
    x &= x - 1;
    bits++;
  }
  return bits;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}
