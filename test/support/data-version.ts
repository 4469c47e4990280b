// A data change made by hand, for tests of what readers do when the data
// changes: the store's own writes change meta.data_version through triggers.

import type { InStatement } from "@libsql/client";

export const bumpDataVersion: InStatement = `
  INSERT INTO meta (key, value) VALUES ('data_version', '1')
  ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`;
