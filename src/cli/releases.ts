// `releases`: every release, newest data first, one line each.

import { createAdminStore } from "../store/admin-store.ts";
import type { Command } from "./command.ts";
import { withPreparedDatabase } from "./prepared-database.ts";

export const releasesCommand: Command = ({ database }) =>
  withPreparedDatabase(database, async ({ client }) => {
    const releases = await createAdminStore(client).releases.list();
    if (releases.length === 0) return "no releases yet";
    return releases
      .map((r) => {
        const presented = r.presentedOn ? `, presented ${r.presentedOn}` : "";
        return `#${r.id} ${r.status} — data as of ${r.asOf}${presented}: ${r.title} (${r.source}), ${r.observations} values`;
      })
      .join("\n");
  });
