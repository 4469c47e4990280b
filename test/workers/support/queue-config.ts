// The Worker's config with its broadcast queues switched on, for tests only:
// wrangler.toml ships them commented out (a deployment creates the queues
// first), so the test uncomments exactly those sections, as an operator
// would, into a temp directory. The queue path is then tested with the
// settings the README documents, never with a copy that could drift.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../support/child-process.ts";

const FIRST_QUEUE_LINE = "# [[queues.producers]]";

/** Writes wrangler.toml with its queue sections on into `directory`; the file's path. */
export function writeQueueConfig(directory: string): string {
  const source = readFileSync(join(PROJECT_ROOT, "wrangler.toml"), "utf8");
  const lines = source.split("\n");
  const first = lines.indexOf(FIRST_QUEUE_LINE);
  if (first < 0) throw new Error(`wrangler.toml has no "${FIRST_QUEUE_LINE}" line`);
  const uncommented = lines.slice(first).map((line) => line.replace(/^# ?/, ""));
  const config = [...lines.slice(0, first), ...uncommented]
    .join("\n")
    // Relative to the config's directory, which is now the temp one.
    .replace(
      /^main = "(.+)"$/m,
      (_, main: string) => `main = ${JSON.stringify(join(PROJECT_ROOT, main))}`,
    )
    // So are the [alias] targets ("module" = "./path").
    .replace(
      /^("[^"]+" = )"(\.\/[^"]+)"$/gm,
      (_, key: string, path: string) => `${key}${JSON.stringify(join(PROJECT_ROOT, path))}`,
    );
  const path = join(directory, "wrangler.toml");
  writeFileSync(path, config);
  return path;
}
