// The renderer's assets on Workers: wrangler bundles resvg's wasm as a
// compiled module and the fonts as bytes (the [[rules]] for *.ttf in
// wrangler.toml), so a Worker reads no file.

import wasm from "@resvg/resvg-wasm/index_bg.wasm";
import bold from "../../assets/fonts/DejaVuSans-Bold-latin.ttf";
import regular from "../../assets/fonts/DejaVuSans-latin.ttf";
import type { RendererAssets } from "./png.ts";

export async function workerRendererAssets(): Promise<RendererAssets> {
  return { wasm, fonts: [new Uint8Array(regular), new Uint8Array(bold)] };
}
