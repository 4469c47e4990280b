// What the Worker bundle has in place of cssomnom/parse (wrangler.toml's
// [alias]): linkedom parses a <style> element's CSS only when its `sheet` is
// read, and nothing that reads pages here (Readability, article-page.ts) reads
// one. The parser is about 370 KB of the Worker's code; without it the Worker is
// smaller and starts sooner. Should anything read a sheet, it fails loudly.

export function parse(): never {
  throw new Error(
    "CSS style sheets are not parsed in the Worker (see src/watch/no-style-sheets.ts)",
  );
}
