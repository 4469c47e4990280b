// Imports flow one way: entries → server → bot → domain ← store, with
// broadcast, watch and charts beside bot. Read from the import statements of
// src/**, so a new back-edge fails here rather than in review.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../src");

type Layer =
  | "entries"
  | "server"
  | "bot"
  | "broadcast"
  | "watch"
  | "charts"
  | "store"
  | "shared"
  | "domain";

/** Which layer a file belongs to, from its first folder under src (or its name at the top). */
function layerOf(file: string): Layer {
  const parts = relative(SRC, file).split(sep);
  const top = parts[0] ?? "";
  if (parts.length === 1) {
    // Read by every outer layer: settings and the logger that hides secrets.
    if (top === "config.ts" || top === "redacting-logger.ts") return "shared";
    // main.ts, worker.ts and the small helpers only they use.
    return "entries";
  }
  if (top === "cli" || top === "console") return "entries";
  const layers: Record<string, Layer> = {
    server: "server",
    bot: "bot",
    broadcast: "broadcast",
    watch: "watch",
    charts: "charts",
    store: "store",
    domain: "domain",
  };
  const layer = layers[top];
  if (!layer) throw new Error(`src/${top} belongs to no layer: add it to the table`);
  return layer;
}

/** The one table of allowed folder → folder edges (imports within a layer are always allowed). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  entries: ["server", "bot", "broadcast", "watch", "charts", "store", "shared", "domain"],
  server: ["bot", "shared", "domain"],
  bot: ["shared", "domain"],
  broadcast: ["shared", "domain"],
  watch: ["shared", "domain"],
  charts: ["shared", "domain"],
  store: ["domain"],
  shared: ["domain"],
  domain: [],
};

/** Packages that tie code to a runtime, a framework or a database: never in the domain. */
const IMPURE_FOR_DOMAIN = /^(grammy|@grammyjs\/|hono|drizzle-orm|@libsql\/|node:)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file names: static imports, re-exports, side-effect imports and import(). */
function importedSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) if (match[1]) found.push(match[1]);
  }
  return found;
}

interface Edge {
  file: string;
  from: Layer;
  to: Layer | string;
  specifier: string;
}

function edges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) => {
    const from = layerOf(file);
    return importedSpecifiers(readFileSync(file, "utf8")).flatMap((specifier): Edge[] => {
      const name = relative(SRC, file);
      if (!specifier.startsWith(".")) return [{ file: name, from, to: specifier, specifier }];
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(SRC + sep)) return [];
      return [{ file: name, from, to: layerOf(target), specifier }];
    });
  });
}

describe("layering", () => {
  const all = edges();
  const layers = new Set<string>(Object.keys(ALLOWED));

  it("reads the imports of every layer (the scan itself works)", () => {
    const seen = new Set(all.filter((e) => layers.has(e.to)).map((e) => `${e.from}→${e.to}`));
    for (const edge of ["entries→store", "store→domain", "bot→domain", "server→domain"]) {
      expect(seen).toContain(edge);
    }
  });

  it("has no import against the table of allowed folder edges", () => {
    const against = all
      .filter((e) => layers.has(e.to) && e.from !== e.to)
      .filter((e) => !ALLOWED[e.from].includes(e.to as Layer))
      .map((e) => `src/${e.file}: ${e.from} → ${e.to} (${e.specifier})`);
    expect(against).toEqual([]);
  });

  it("keeps src/domain pure: no runtime, framework or database package", () => {
    const impure = all
      .filter((e) => e.from === "domain" && IMPURE_FOR_DOMAIN.test(e.to))
      .map((e) => `src/${e.file}: ${e.specifier}`);
    expect(impure).toEqual([]);
  });

  it("finds every kind of import a back-edge could hide in", () => {
    const source = [
      'import type { A } from "../store/a.ts";',
      'export { B } from "../bot/b.ts";',
      'import "../server/c.ts";',
      'type D = typeof import("../watch/d.ts");',
      "import {\n  E,\n  F,\n} from '../broadcast/e.ts';",
    ].join("\n");
    expect(importedSpecifiers(source).sort()).toEqual(
      [
        "../bot/b.ts",
        "../broadcast/e.ts",
        "../server/c.ts",
        "../store/a.ts",
        "../watch/d.ts",
      ].sort(),
    );
  });
});
