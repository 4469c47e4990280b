// `export [--release ID]`: values as CSV on stdout (region,indicator,value),
// by default those users see now; with --release, that release's own. The
// columns are the ones `import` reads, so an export can be edited and imported.

import { parseArgs } from "node:util";
import { createAdminStore } from "../store/admin-store.ts";
import type { Command } from "./command.ts";
import { withPreparedDatabase } from "./prepared-database.ts";
import { refusalMessage } from "./refusal-message.ts";
import { csvRow } from "./spreadsheet-csv.ts";

export const exportCommand: Command = async ({ database, args }) => {
  const { values } = parseArgs({ args, options: { release: { type: "string" } } });
  const releaseId = values.release === undefined ? undefined : releaseIdOf(values.release);
  return withPreparedDatabase(database, async ({ client }) => {
    const rows = await createAdminStore(client).releases.exportRows(releaseId);
    if ("refused" in rows) throw new Error(refusalMessage(rows.refused));
    return [
      csvRow(["region", "indicator", "value"]),
      ...rows.ok.map((row) => csvRow([row.regionName, row.indicator, String(row.value)])),
    ].join("\n");
  });
};

function releaseIdOf(text: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`--release must be a release number, not "${text}"`);
  return Number(text);
}
