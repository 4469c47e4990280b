// Questions as short strings for Telegram callback data (at most 64 bytes):
// "v.ikd.64-03" is "IKD for 64.03" (region dots become dashes, as "." separates
// fields). Decoding validates every field, so a forged or stale string yields
// null, never a malformed question.

import type { Direction, LevelFilter, Question } from "./question.ts";

type Encodable = Exclude<Question, { kind: "clarify-region" | "clarify-indicator" | "unknown" }>;

const SEP = ".";
const code = (c: string) => c.replace(".", "-");
const uncode = (c: string | undefined) =>
  c && /^\d{2}(-\d{2})?$/.test(c) ? c.replace("-", ".") : undefined;
const slug = (s: string | undefined) => (s && /^[a-z][a-z0-9_]{0,31}$/.test(s) ? s : undefined);
const DIRECTIONS: Record<string, Direction> = { h: "highest", l: "lowest" };
const LEVELS: Record<string, LevelFilter> = { r: "regency", c: "city", a: null };
const levelKey = (l: LevelFilter) => (l === "regency" ? "r" : l === "city" ? "c" : "a");

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
        return ["r", q.indicator, levelKey(q.level), code(q.province)];
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
  const [kind, a, b, c, d] = text.split(SEP);
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
      return level !== undefined
        ? all(
            { kind: "ranking", indicator: slug(a) ?? "", level, province: uncode(c) ?? "" },
            slug(a),
            uncode(c),
          )
        : null;
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
    default:
      return null;
  }
}
