// The Worker's size as Cloudflare would receive it: built by wrangler
// (`wrangler deploy --dry-run --outdir`), measured raw and gzipped. Cloudflare's
// free plan takes at most 3 MiB gzipped; the project's target is 250 KiB.
// Run alone with `npm run bench -- bundle`.

import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";

const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));
const WRANGLER = join(PROJECT_ROOT, "node_modules/wrangler/bin/wrangler.js");

export interface BundleSize {
  /** The uploaded modules (source maps and wrangler's README left out). */
  totalKiB: number;
  gzipKiB: number;
}

export async function measureWorkerBundle(): Promise<BundleSize> {
  const outdir = await mkdtemp(join(tmpdir(), "tanya-worker-"));
  try {
    await promisify(execFile)(
      process.execPath,
      [WRANGLER, "deploy", "--dry-run", "--outdir", outdir],
      { cwd: PROJECT_ROOT, env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
    );
    const modules = (await readdir(outdir)).filter((name) => /\.(m?js|wasm)$/.test(name));
    const contents = await Promise.all(modules.map((name) => readFile(join(outdir, name))));
    const total = contents.reduce((sum, bytes) => sum + bytes.length, 0);
    const gzip = contents.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0);
    return { totalKiB: total / 1024, gzipKiB: gzip / 1024 };
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}
