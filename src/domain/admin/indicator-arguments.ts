// The arguments of /indikator_baru and /indikator_ubah: the slug, then one
// "key: value" line per field, keys in Indonesian or English:
//
//   /indikator_baru akta_kematian
//   nama: Kepemilikan akta kematian
//   name: Death certificate ownership
//   definisi: Persentase kematian yang dicatat dengan akta kematian.
//   definition: Share of deaths recorded with a death certificate.
//
// Read in one pass over the lines, the text capped first.

import type { IndicatorChanges, IndicatorField } from "./indicator-entry.ts";

/** Telegram caps a message at 4096 characters; anything longer is not an admin's typing. */
const MAX_TEXT = 5000;

export const INDICATOR_KEYS: Record<string, IndicatorField> = {
  nama: "nameId",
  name: "nameEn",
  singkat: "shortId",
  short: "shortEn",
  definisi: "descriptionId",
  definition: "descriptionEn",
  layanan: "serviceId",
  service: "serviceEn",
  satuan: "unit",
  unit: "unit",
};

export interface IndicatorArguments {
  slug: string;
  changes: IndicatorChanges;
  /** Lines that are not "key: value" with a known key, as typed (clipped). */
  unread: string[];
}

export function readIndicatorArguments(text: string): IndicatorArguments | "too-long" {
  if (text.length > MAX_TEXT) return "too-long";
  const [first = "", ...lines] = text.split("\n");
  // The slug, and a first field on the same line: "/indikator_ubah ikd nama: …".
  const [slug = "", ...sameLine] = first.trim().split(/\s+/);
  const changes: IndicatorChanges = {};
  const unread: string[] = [];
  for (const line of [sameLine.join(" "), ...lines]) {
    if (line.trim() === "") continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? undefined : INDICATOR_KEYS[line.slice(0, colon).trim().toLowerCase()];
    if (field === undefined) unread.push(line.trim().slice(0, 60));
    else changes[field] = line.slice(colon + 1);
  }
  return { slug, changes, unread };
}
