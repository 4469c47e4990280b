// One home for texts: both languages have every key of every area (the shared
// type already makes a missing key a compile error; this also catches an
// extra one, a text left empty, and a parameterised text taking different
// arguments in the two languages), and the one-language areas have no empty text.

import { describe, expect, it } from "vitest";
import { refusalMessage } from "../../src/domain/messages/en/cli.ts";
import { adminTexts } from "../../src/domain/messages/id/admin.ts";
import { broadcastTexts } from "../../src/domain/messages/id/broadcast.ts";
import { sourcesTexts } from "../../src/domain/messages/id/sources.ts";
import { unansweredTexts } from "../../src/domain/messages/id/unanswered.ts";
import { TEXTS } from "../../src/domain/messages/texts.ts";

/** Every leaf of a texts object by its path: a string's text, or a function's arity. */
function leaves(texts: object, path = ""): Map<string, string | number> {
  const found = new Map<string, string | number>();
  for (const [key, value] of Object.entries(texts)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === "string") found.set(at, value);
    else if (typeof value === "function") found.set(at, value.length);
    else if (value && typeof value === "object") {
      for (const [p, v] of leaves(value, at)) found.set(p, v);
    }
  }
  return found;
}

describe("texts in both languages", () => {
  const id = leaves(TEXTS.id);
  const en = leaves(TEXTS.en);

  it("have the same keys, each taking the same arguments", () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, value] of id) {
      if (typeof value === "number") expect([path, en.get(path)]).toEqual([path, value]);
    }
    expect(id.size).toBeGreaterThan(100);
  });

  it("leave no text empty", () => {
    for (const [path, value] of [...id, ...en]) {
      if (typeof value === "string") expect([path, value.trim()]).not.toEqual([path, ""]);
    }
  });
});

describe("texts in one language by design", () => {
  it("leave no text empty (admin, broadcast, sources, unanswered: Indonesian)", () => {
    const all = leaves({ adminTexts, broadcastTexts, sourcesTexts, unansweredTexts });
    for (const [path, value] of all) {
      if (typeof value === "string") expect([path, value.trim()]).not.toEqual([path, ""]);
    }
    expect(all.size).toBeGreaterThan(40);
  });

  it("give the CLI English refusals", () => {
    expect(refusalMessage({ reason: "no-draft" })).toBe("there is no open draft");
  });
});
