// The renderer's assets on Node: resvg's wasm from node_modules and the
// embedded fonts from assets/fonts (DejaVu Sans, subset to Latin).

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { RendererAssets } from "./png.ts";

const FONTS = ["DejaVuSans-latin.ttf", "DejaVuSans-Bold-latin.ttf"];

export async function nodeRendererAssets(): Promise<RendererAssets> {
  const wasmPath = createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm");
  const [wasm, ...fonts] = await Promise.all([
    readFile(wasmPath),
    ...FONTS.map((name) => readFile(new URL(`../../assets/fonts/${name}`, import.meta.url))),
  ]);
  return { wasm: new Uint8Array(wasm), fonts: fonts.map((f) => new Uint8Array(f)) };
}
