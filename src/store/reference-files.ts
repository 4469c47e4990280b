// The hand-edited reference data under data/: indicators, region aliases and
// release files. Validated on load, so a typo fails the seed with a message
// naming the file and field instead of reaching the database.

import { readdir, readFile } from "node:fs/promises";
import * as v from "valibot";
import { ALIAS_KINDS, DATE_PRECISIONS, type RegionAlias } from "../domain/types.ts";

const DATA_DIR = new URL("../../data/", import.meta.url);

const isoDate = v.pipe(v.string(), v.isoDate());
const nonEmpty = v.pipe(v.string(), v.nonEmpty());

const IndicatorsFile = v.array(
  v.object({
    slug: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/)),
    nameId: nonEmpty,
    nameEn: nonEmpty,
    shortId: nonEmpty,
    shortEn: nonEmpty,
    unit: nonEmpty,
    descriptionId: nonEmpty,
    descriptionEn: nonEmpty,
    /** The official service the indicator concerns, for definition and how-to answers. */
    serviceId: v.optional(nonEmpty),
    serviceEn: v.optional(nonEmpty),
  }),
);

/**
 * Alias → region code, or → { code, kind, lang } when the alias is a regency's
 * seat (said so in replies) or in one language (it then counts when a reply's
 * language is chosen). Aliases are matched after normalisation, so they are
 * lower-case ASCII.
 */
const AliasesFile = v.record(
  v.pipe(v.string(), v.regex(/^[a-z0-9]+( [a-z0-9]+)*$/)),
  v.union([
    nonEmpty,
    v.strictObject({
      code: nonEmpty,
      kind: v.optional(v.picklist(ALIAS_KINDS)),
      lang: v.optional(v.picklist(["id", "en"])),
    }),
  ]),
);

const ReleaseFile = v.object({
  asOf: isoDate,
  /** A period's last day is its asOf ("Mei 2024" → 2024-05-31, precision "month"). */
  asOfPrecision: v.optional(v.picklist(DATE_PRECISIONS), "day"),
  presentedOn: v.nullable(isoDate),
  title: nonEmpty,
  source: nonEmpty,
  url: v.nullable(v.pipe(v.string(), v.url())),
  status: v.picklist(["draft", "published"]),
  observations: v.array(
    v.object({
      indicator: nonEmpty,
      regionCode: nonEmpty,
      value: v.number(),
      sourceRank: v.optional(v.picklist(["highest", "lowest"])),
      count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      /** The sentence the value was read from, for releases read from articles. */
      evidence: v.optional(nonEmpty),
    }),
  ),
  /** Targets the release states; their source is the release's source. */
  targets: v.optional(
    v.array(
      v.object({
        indicator: nonEmpty,
        year: v.pipe(v.number(), v.integer()),
        scope: nonEmpty,
        value: v.number(),
      }),
    ),
    [],
  ),
});

export type IndicatorEntry = v.InferOutput<typeof IndicatorsFile>[number];
export type AliasEntries = v.InferOutput<typeof AliasesFile>;
export type ReleaseEntry = v.InferOutput<typeof ReleaseFile>;

export interface ReferenceFiles {
  /** In display order. */
  indicators: IndicatorEntry[];
  aliases: RegionAlias[];
  /** The chosen files in data/releases/ (every one by default), in file-name order. */
  releases: ReleaseEntry[];
}

/** Chooses release files by name ("2024-06-13-dkp3a-kaltim.json"). */
export type ReleaseFileFilter = (fileName: string) => boolean;

export async function loadReferenceFiles(
  releaseFiles: ReleaseFileFilter = () => true,
): Promise<ReferenceFiles> {
  const releaseNames = (await readdir(new URL("releases/", DATA_DIR)))
    .filter((name) => name.endsWith(".json") && releaseFiles(name))
    .sort();
  const [indicators, aliases, ...releases] = await Promise.all([
    readJson("indicators.json", IndicatorsFile),
    readJson("aliases.json", AliasesFile),
    ...releaseNames.map((name) => readJson(`releases/${name}`, ReleaseFile)),
  ]);
  return { indicators, aliases: aliasRows(aliases), releases };
}

function aliasRows(entries: AliasEntries): RegionAlias[] {
  return Object.entries(entries).map(([alias, entry]) =>
    typeof entry === "string"
      ? { alias, code: entry, kind: null, lang: null }
      : { alias, code: entry.code, kind: entry.kind ?? null, lang: entry.lang ?? null },
  );
}

async function readJson<const S extends v.GenericSchema>(
  name: string,
  schema: S,
): Promise<v.InferOutput<S>> {
  const json: unknown = JSON.parse(await readFile(new URL(name, DATA_DIR), "utf8"));
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`data/${name}: ${v.getDotPath(issue) ?? "(root)"}: ${issue.message}`);
  }
  return result.output;
}
