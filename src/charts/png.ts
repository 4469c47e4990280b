// SVG → PNG with resvg compiled to WebAssembly, the same renderer on Node and
// Workers. The runtime hands in the wasm module and the font (Node reads the
// files, a Worker imports them as modules); the wasm is started once per
// process or isolate, as it can only be started once.

import { initWasm, Resvg } from "@resvg/resvg-wasm";
import type { PngRenderer } from "../domain/charts/ports.ts";

export interface RendererAssets {
  /** resvg's index_bg.wasm: compiled (Workers) or its bytes (Node). */
  wasm: WebAssembly.Module | Uint8Array;
  /** TrueType fonts; the charts name DejaVu Sans. */
  fonts: Uint8Array[];
}

let started: Promise<void> | undefined;

/** A renderer that loads its assets on first use; loading and starting happen once. */
export function createPngRenderer(load: () => Promise<RendererAssets>): PngRenderer {
  let assets: Promise<RendererAssets> | undefined;
  return async (svg) => {
    assets ??= load();
    const { wasm, fonts } = await assets;
    started ??= initWasm(wasm);
    await started;
    const resvg = new Resvg(svg, {
      font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    });
    try {
      const image = resvg.render();
      try {
        return { bytes: image.asPng(), width: image.width, height: image.height };
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
  };
}
