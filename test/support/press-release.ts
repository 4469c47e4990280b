// Reading press-release fixtures with the seeded reference data, and the
// figures read as "indicator region value" lines, as the importer tests compare them.

import { buildLexicon } from "../../src/domain/lexicon.ts";
import { seededStore } from "./reference.ts";
import { type ParsedPressRelease, parsePressRelease } from "./worded-import.ts";

export const values = (parsed: ParsedPressRelease) =>
  parsed.observations.map((o) => `${o.indicator} ${o.region} ${o.value}`);

/** The importer over the seeded regions and indicators. */
export async function seededReader(): Promise<(text: string) => ParsedPressRelease> {
  const lexicon = buildLexicon((await seededStore()).reference);
  return (text) => parsePressRelease(text, lexicon);
}
