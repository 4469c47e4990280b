// A draft's release details as an admin would give them, for store tests.

import type { DraftMeta } from "../../src/domain/admin/ports.ts";

export const DECEMBER_DRAFT: DraftMeta = {
  asOf: "2024-12-31",
  presentedOn: null,
  title: "Desember",
  source: "DKP3A Provinsi Kalimantan Timur",
  url: null,
};
