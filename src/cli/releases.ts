// `releases`: every release, newest data first, one line each.

import { createAdminStore } from "../store/admin-store.ts";
import { openDatabase } from "../store/db.ts";
import type { Command } from "./command.ts";

export const releasesCommand: Command = async ({ database }) => {
  const { client } = openDatabase(database);
  try {
    const releases = await createAdminStore(client).releases.list();
    if (releases.length === 0) return "no releases yet";
    return releases
      .map((r) => {
        const presented = r.presentedOn ? `, presented ${r.presentedOn}` : "";
        return `#${r.id} ${r.status} — data as of ${r.asOf}${presented}: ${r.title} (${r.source}), ${r.observations} values`;
      })
      .join("\n");
  } finally {
    client.close();
  }
};
