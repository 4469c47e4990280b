// The indicator catalogue admins extend: new indicators and changes to
// existing ones, each one atomic batch with its audit row. SQLite changes the
// data version with it (drizzle/0012_data_version_triggers.sql), so every
// process's cached reference data (the lexicon questions are understood with)
// and cached facts reload and pick the change up.

import type { Client } from "@libsql/client";
import { asc, eq, sql } from "drizzle-orm";
import type { IndicatorCatalog } from "../domain/admin/ports.ts";
import type { Indicator } from "../domain/types.ts";
import { auditEntry, openChange } from "./audit.ts";
import { indicators } from "./schema.ts";
import { indicatorColumns } from "./selections.ts";
import { sent, typed } from "./typed.ts";

export function createIndicatorCatalog(client: Client): IndicatorCatalog {
  const { db } = typed(client);
  return {
    async list() {
      return sent(db.select(indicatorColumns).from(indicators).orderBy(asc(indicators.sortOrder)));
    },

    async add(indicator, actor) {
      await sent(
        db.batch([
          openChange(db),
          auditEntry(db, actor, "add_indicator", null, { indicator: indicator.slug }),
          db.insert(indicators).values({
            slug: indicator.slug,
            ...editable(indicator),
            // Listed after every indicator there is: the built-in ones keep their place.
            sortOrder: sql`(${db
              .select({ next: sql`COALESCE(MAX(${indicators.sortOrder}), -1) + 1` })
              .from(indicators)})`,
          }),
        ]),
      );
    },

    async update(indicator, actor) {
      const { slug } = indicator;
      await sent(
        db.batch([
          openChange(db),
          auditEntry(db, actor, "update_indicator", null, { indicator: slug }),
          db.update(indicators).set(editable(indicator)).where(eq(indicators.slug, slug)),
        ]),
      );
    },
  };
}

/** Every field an admin sets, named one by one: whatever else the object holds is not written. */
function editable(indicator: Indicator) {
  return {
    nameId: indicator.nameId,
    nameEn: indicator.nameEn,
    shortId: indicator.shortId,
    shortEn: indicator.shortEn,
    unit: indicator.unit,
    descriptionId: indicator.descriptionId,
    descriptionEn: indicator.descriptionEn,
    serviceId: indicator.serviceId,
    serviceEn: indicator.serviceEn,
  };
}
