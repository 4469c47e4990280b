// Every province, regency and city of Indonesia, so that a place without data
// is still recognised as a real place.
//
// Source: the idn-area-data package (code MIT). Its data is licensed under the
// Open Database License (ODbL) 1.0: attribute it, and share a database derived
// from it under the same licence.

import { getProvinces, getRegencies } from "idn-area-data";
import { NATION_CODE, type Region } from "../domain/types.ts";

/** Indonesia first, then provinces, so each row's parent exists when it is inserted. */
export async function loadOfficialRegions(): Promise<Region[]> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  return [
    { code: NATION_CODE, name: "Indonesia", level: "nation", parentCode: null },
    ...provinces.map(
      ({ code, name }): Region => ({
        code,
        name,
        level: "province",
        parentCode: NATION_CODE,
      }),
    ),
    ...regencies.map(
      ({ code, name, province_code }): Region => ({
        code,
        name,
        level: name.startsWith("Kota ") ? "city" : "regency",
        parentCode: province_code,
      }),
    ),
  ];
}
