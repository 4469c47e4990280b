// `export [--release ID] [--output FILE]`: values as CSV (region,indicator,value),
// by default those users see now; with --release, that release's own. The
// columns are the ones `import` reads, so an export can be edited and imported.
// With --output the CSV goes to the file and stdout says what was written:
// `npm run cli -- export > f.csv` would also catch npm's own banner lines.

import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { refusalMessage } from "../domain/messages/en/cli.ts";
import { createAdminStore } from "../store/admin-store.ts";
import type { Command } from "./command.ts";
import { withPreparedDatabase } from "./prepared-database.ts";
import { csvRow } from "./spreadsheet-csv.ts";

export const exportCommand: Command = async ({ database, args }) => {
  const { values } = parseArgs({
    args,
    options: { release: { type: "string" }, output: { type: "string" } },
  });
  const releaseId = values.release === undefined ? undefined : releaseIdOf(values.release);
  if (values.output === "") throw new Error("--output needs a file name");
  const rows = await withPreparedDatabase(database, async ({ client }) => {
    const exported = await createAdminStore(client).releases.exportRows(releaseId);
    if ("refused" in exported) throw new Error(refusalMessage(exported.refused));
    return exported.ok;
  });
  const csv = [
    csvRow(["region", "indicator", "value"]),
    ...rows.map((row) => csvRow([row.regionName, row.indicator, String(row.value)])),
  ].join("\n");
  if (values.output === undefined) return csv;
  await writeFile(values.output, `${csv}\n`);
  return `exported ${rows.length} values to ${values.output}`;
};

function releaseIdOf(text: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`--release must be a release number, not "${text}"`);
  return Number(text);
}
