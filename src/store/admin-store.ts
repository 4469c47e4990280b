// Every admin repository over one libSQL client: what the entries hand to the
// bot and what the CLI uses.

import type { Client } from "@libsql/client";
import type { AdminStore } from "../domain/admin/ports.ts";
import { createAuditHistory } from "./audit-history.ts";
import { createBroadcasts } from "./broadcasts.ts";
import { createCorrections } from "./corrections.ts";
import { createEditors } from "./editors.ts";
import { createIndicatorCatalog } from "./indicator-catalog.ts";
import { createPendingImports } from "./pending-imports.ts";
import { createReleaseCatalog } from "./release-catalog.ts";
import { createReleaseDrafts } from "./release-drafts.ts";
import { createWatchSources } from "./sources.ts";
import type { StoreStatement } from "./typed.ts";
import { createWatchItems } from "./watch-items.ts";

export function createAdminStore(client: Client): AdminStore<StoreStatement> {
  return {
    drafts: createReleaseDrafts(client),
    corrections: createCorrections(client),
    broadcasts: createBroadcasts(client),
    history: createAuditHistory(client),
    releases: createReleaseCatalog(client),
    editors: createEditors(client),
    pendingImports: createPendingImports(client),
    indicators: createIndicatorCatalog(client),
    watchSources: createWatchSources(client),
    watchItems: createWatchItems(client),
  };
}
