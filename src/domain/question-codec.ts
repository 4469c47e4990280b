// Questions as short strings for Telegram callback data (at most 64 bytes):
// "v.ikd.64-03" is "IKD for 64.03" (region dots become dashes, as "." separates
// fields). Decoding validates every field, so a forged or stale string yields
// null, never a malformed question.

import type { Direction, LevelFilter, Question, TargetSide } from "./question.ts";
import { NATION_CODE } from "./types.ts";

type Encodable = Exclude<Question, { kind: "clarify-region" | "clarify-indicator" | "unknown" }>;

const SEP = ".";
const code = (c: string) => c.replace(".", "-");
/** A region code: a province or regency ("64", "64-03"), or the nation itself. */
const uncode = (c: string | undefined) =>
  c === NATION_CODE ? c : c && /^\d{2}(-\d{2})?$/.test(c) ? c.replace("-", ".") : undefined;
const slug = (s: string | undefined) => (s && /^[a-z][a-z0-9_]{0,31}$/.test(s) ? s : undefined);
const DIRECTIONS: Record<string, Direction> = { h: "highest", l: "lowest" };
const LEVELS: Record<string, LevelFilter> = { r: "regency", c: "city", p: "province", a: null };
const LEVEL_KEYS = new Map(Object.entries(LEVELS).map(([key, level]) => [level, key]));
const levelKey = (l: LevelFilter) => LEVEL_KEYS.get(l) as string;
const SIDES: Record<string, TargetSide> = { b: "below", a: "above", x: "all" };
const sideKey = (s: TargetSide) => (s === "below" ? "b" : s === "above" ? "a" : "x");
/** "h3": the 3 highest; "l5": the 5 lowest. */
function topOf(field: string): { n: number; direction: Direction } | undefined {
  const direction = DIRECTIONS[field[0] ?? ""];
  const n = rankNumber(field.slice(1));
  return direction && n !== undefined ? { n, direction } : undefined;
}

/** Ranks 2 to 99: the first is an extreme. */
const rankNumber = (k: string | undefined) =>
  k && /^[1-9]\d?$/.test(k) && k !== "1" ? Number(k) : undefined;

export function encodeQuestion(q: Encodable): string {
  const parts = ((): string[] => {
    switch (q.kind) {
      case "value":
        return ["v", q.indicator, code(q.region)];
      case "overview":
        return ["o", q.indicator, code(q.province)];
      case "extreme":
        return ["e", q.indicator, q.direction[0] as string, levelKey(q.level), code(q.province)];
      case "ranking":
        return [
          "r",
          q.indicator,
          levelKey(q.level),
          code(q.province),
          ...(q.top ? [`${q.top.direction[0]}${q.top.n}`] : []),
        ];
      case "target":
        return ["t", q.indicator, code(q.region)];
      case "compare":
        return ["c", q.indicator ?? "", code(q.regions[0]), code(q.regions[1])];
      case "profile":
        return ["p", code(q.region)];
      case "change":
        return ["d", q.indicator ?? "", code(q.region)];
      case "indicators":
        return ["i"];
      case "regions":
        return ["w", code(q.province)];
      case "sources":
        return ["s"];
      case "updated":
        return ["u"];
      case "help":
        return ["h"];
      case "rank":
        return [
          "k",
          q.indicator,
          q.direction[0] as string,
          String(q.k),
          levelKey(q.level),
          code(q.province),
        ];
      case "position":
        return ["n", q.indicator, code(q.region)];
      case "versus-target":
        return ["g", q.indicator, sideKey(q.side), levelKey(q.level), code(q.province)];
      case "spread":
        return ["x", q.indicator, levelKey(q.level), code(q.province)];
      case "define":
        return ["f", q.indicator];
      case "howto":
        return ["m", q.indicator];
    }
  })();
  return parts.join(SEP);
}

export function decodeQuestion(text: string): Question | null {
  const question = parse(text);
  // Only the canonical spelling is accepted: no extra fields, no variants.
  return question && encodeQuestion(question as Encodable) === text ? question : null;
}

function parse(text: string): Question | null {
  const [kind, a, b, c, d, e] = text.split(SEP);
  const all = <T extends Question>(q: T, ...fields: unknown[]) =>
    fields.every((f) => f !== undefined) ? q : null;
  switch (kind) {
    case "v":
      return all(
        { kind: "value", indicator: slug(a) ?? "", region: uncode(b) ?? "" },
        slug(a),
        uncode(b),
      );
    case "o":
      return all(
        { kind: "overview", indicator: slug(a) ?? "", province: uncode(b) ?? "" },
        slug(a),
        uncode(b),
      );
    case "e": {
      const direction = DIRECTIONS[b ?? ""];
      const level = LEVELS[c ?? ""];
      return direction && level !== undefined
        ? all(
            {
              kind: "extreme",
              indicator: slug(a) ?? "",
              direction,
              level,
              province: uncode(d) ?? "",
            },
            slug(a),
            uncode(d),
          )
        : null;
    }
    case "r": {
      const level = LEVELS[b ?? ""];
      const top = d === undefined ? undefined : topOf(d);
      if (level === undefined || (d !== undefined && !top)) return null;
      const ranking = {
        kind: "ranking",
        indicator: slug(a) ?? "",
        level,
        province: uncode(c) ?? "",
      };
      return all({ ...ranking, ...(top ? { top } : {}) } as Question, slug(a), uncode(c));
    }
    case "t":
      return all(
        { kind: "target", indicator: slug(a) ?? "", region: uncode(b) ?? "" },
        slug(a),
        uncode(b),
      );
    case "c": {
      const [x, y] = [uncode(b), uncode(c)];
      if (!x || !y || (a && !slug(a))) return null;
      return { kind: "compare", indicator: a ? a : null, regions: [x, y] };
    }
    case "p":
      return all({ kind: "profile", region: uncode(a) ?? "" }, uncode(a));
    case "d": {
      if (a && !slug(a)) return null;
      return all({ kind: "change", indicator: a ? a : null, region: uncode(b) ?? "" }, uncode(b));
    }
    case "i":
      return a === undefined ? { kind: "indicators" } : null;
    case "w":
      return all({ kind: "regions", province: uncode(a) ?? "" }, uncode(a));
    case "s":
      return a === undefined ? { kind: "sources" } : null;
    case "u":
      return a === undefined ? { kind: "updated" } : null;
    case "h":
      return a === undefined ? { kind: "help" } : null;
    case "k": {
      const direction = DIRECTIONS[b ?? ""];
      const level = LEVELS[d ?? ""];
      const k = rankNumber(c);
      return direction && level !== undefined && k
        ? all(
            {
              kind: "rank",
              indicator: slug(a) ?? "",
              direction,
              k,
              level,
              province: uncode(e) ?? "",
            },
            slug(a),
            uncode(e),
          )
        : null;
    }
    case "n":
      return all(
        { kind: "position", indicator: slug(a) ?? "", region: uncode(b) ?? "" },
        slug(a),
        uncode(b),
      );
    case "g": {
      const side = SIDES[b ?? ""];
      const level = LEVELS[c ?? ""];
      return side && level !== undefined
        ? all(
            {
              kind: "versus-target",
              indicator: slug(a) ?? "",
              side,
              level,
              province: uncode(d) ?? "",
            },
            slug(a),
            uncode(d),
          )
        : null;
    }
    case "x": {
      const level = LEVELS[b ?? ""];
      return level !== undefined
        ? all(
            { kind: "spread", indicator: slug(a) ?? "", level, province: uncode(c) ?? "" },
            slug(a),
            uncode(c),
          )
        : null;
    }
    case "f":
      return all({ kind: "define", indicator: slug(a) ?? "" }, slug(a));
    case "m":
      return all({ kind: "howto", indicator: slug(a) ?? "" }, slug(a));
    default:
      return null;
  }
}
