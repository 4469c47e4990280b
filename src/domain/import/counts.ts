// The people counted beside a percentage, when the text gives the numerator:
// "1.218.142 anak atau 98,09 persen", "8,01 persen atau 85.090 orang",
// "97,58 persen atau 186,87 juta jiwa". A base ("dari total 93.744 jiwa") or
// an approximate count ("kurang lebih 38 ribu") is not one.

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+|\d{4,}`;
const BEFORE = new RegExp(
  String.raw`(?:^|[^\d.,])(${NUMBER})\s+(?:[^\s\d]+\s+){0,5}?atau\s+(?:sebanyak\s+|sebesar\s+|mencapai\s+)?$`,
  "i",
);
const AFTER = new RegExp(
  String.raw`^\s*atau\s+(?:sebanyak\s+)?(${NUMBER}|\d{1,3}(?:,\d{1,2})?\s+(?:juta|ribu))\s+(?:orang|jiwa|anak|penduduk|warga|pemilih)\b`,
  "i",
);

export function readCount(sentence: string, start: number, end: number): number | null {
  const after = AFTER.exec(sentence.slice(end, end + 60));
  if (after) return toCount(after[1] as string);
  const before = BEFORE.exec(sentence.slice(Math.max(0, start - 90), start));
  if (
    before &&
    !/\b(dari|total|jumlah)\s+$/i.test(sentence.slice(0, start).slice(0, -before[0].length + 1))
  ) {
    return toCount(before[1] as string);
  }
  return null;
}

function toCount(text: string): number | null {
  const scaled = /^(\d{1,3})(?:,(\d{1,2}))?\s+(juta|ribu)$/i.exec(text);
  if (scaled) {
    const whole = Number(`${scaled[1]}.${scaled[2] ?? "0"}`);
    return Math.round(whole * ((scaled[3] as string).toLowerCase() === "juta" ? 1_000_000 : 1_000));
  }
  const count = Number(text.replaceAll(".", ""));
  return Number.isSafeInteger(count) ? count : null;
}
