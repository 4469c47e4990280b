// The indicator catalogue admins extend: new indicators and changes to
// existing ones, each one atomic batch with its audit row and a data-version
// bump, so every process's cached reference data (the lexicon questions are
// understood with) reloads and picks the change up.

import type { Client, InStatement } from "@libsql/client";
import type { IndicatorField } from "../domain/admin/indicator-entry.ts";
import type { IndicatorCatalog } from "../domain/admin/ports.ts";
import { auditRow, beginChange } from "./audit.ts";
import { bumpDataVersion } from "./data-version.ts";
import { INDICATOR_COLUMNS, indicatorOf } from "./rows.ts";

const COLUMNS: Record<IndicatorField, string> = {
  nameId: "name_id",
  nameEn: "name_en",
  shortId: "short_id",
  shortEn: "short_en",
  unit: "unit",
  descriptionId: "description_id",
  descriptionEn: "description_en",
  serviceId: "service_id",
  serviceEn: "service_en",
};

const FIELDS = Object.keys(COLUMNS) as IndicatorField[];

export function createIndicatorCatalog(client: Client): IndicatorCatalog {
  return {
    async list() {
      const { rows } = await client.execute(
        `SELECT ${INDICATOR_COLUMNS} FROM indicators ORDER BY sort_order`,
      );
      return rows.map(indicatorOf);
    },

    async add(indicator, actor) {
      await client.batch(
        [
          beginChange,
          auditRow(actor, "add_indicator", null, { indicator: indicator.slug }),
          {
            // Listed after every indicator there is: the built-in ones keep their place.
            sql: `INSERT INTO indicators (slug, ${FIELDS.map((f) => COLUMNS[f]).join(", ")}, sort_order)
                  VALUES (?, ${FIELDS.map(() => "?").join(", ")},
                          (SELECT COALESCE(MAX(sort_order), -1) + 1 FROM indicators))`,
            args: [indicator.slug, ...FIELDS.map((field) => indicator[field])],
          },
          bumpDataVersion,
        ],
        "write",
      );
    },

    async update(indicator, actor) {
      const statements: InStatement[] = [
        beginChange,
        auditRow(actor, "update_indicator", null, { indicator: indicator.slug }),
        {
          sql: `UPDATE indicators SET ${FIELDS.map((f) => `${COLUMNS[f]} = ?`).join(", ")}
                WHERE slug = ?`,
          args: [...FIELDS.map((field) => indicator[field]), indicator.slug],
        },
        bumpDataVersion,
      ];
      await client.batch(statements, "write");
    },
  };
}
