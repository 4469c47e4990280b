// Modules wrangler bundles for the Worker (see wrangler.toml [[rules]]):
// wasm as a compiled WebAssembly.Module, fonts as their bytes.

declare module "*.wasm" {
  const module: WebAssembly.Module;
  export default module;
}

declare module "*.ttf" {
  const bytes: ArrayBuffer;
  export default bytes;
}
