// Reads all reference data, with the data version it belongs to, in one batch.

import type { Client, ResultSet } from "@libsql/client";
import type {
  AliasKind,
  Lang,
  ReferenceData,
  Region,
  RegionAlias,
  RegionLevel,
} from "../domain/types.ts";
import { dataVersionOf, selectDataVersion } from "./data-version.ts";
import { INDICATOR_COLUMNS, indicatorOf, nullableText, text } from "./rows.ts";

export interface VersionedReference {
  reference: ReferenceData;
  dataVersion: number;
}

export async function readReference(client: Client): Promise<VersionedReference> {
  // batch() returns exactly one result per statement, in order.
  const [regionRows, aliasRows, indicatorRows, version] = (await client.batch(
    [
      "SELECT code, name, level, parent_code FROM regions ORDER BY code",
      "SELECT alias, code, kind, lang FROM region_aliases ORDER BY alias",
      `SELECT ${INDICATOR_COLUMNS} FROM indicators ORDER BY sort_order`,
      selectDataVersion,
    ],
    "read",
  )) as [ResultSet, ResultSet, ResultSet, ResultSet];
  return {
    reference: {
      regions: regionRows.rows.map(
        (row): Region => ({
          code: text(row, "code"),
          name: text(row, "name"),
          // The level column has a CHECK constraint holding it to these values.
          level: text(row, "level") as RegionLevel,
          parentCode: nullableText(row, "parent_code"),
        }),
      ),
      aliases: aliasRows.rows.map(
        (row): RegionAlias => ({
          alias: text(row, "alias"),
          code: text(row, "code"),
          // Both columns are written only from the validated aliases file.
          kind: nullableText(row, "kind") as AliasKind | null,
          lang: nullableText(row, "lang") as Lang | null,
        }),
      ),
      indicators: indicatorRows.rows.map(indicatorOf),
    },
    dataVersion: dataVersionOf(version),
  };
}
