// A new indicator, or a change to one, as an admin gives it (Telegram or CLI),
// checked before anything is written: every problem is named, by field, so
// each interface can say it in its own language. An indicator is a row, not
// code: once it passes, questions, /indikator, subscriptions and imports know
// it by its slug and names.

import { nameKey } from "../lexicon.ts";
import { normalise } from "../normalise.ts";
import type { Indicator, ReferenceData } from "../types.ts";

/** The fields an admin gives; the slug names the indicator and never changes. */
export type IndicatorField = Exclude<keyof Indicator, "slug">;

export type IndicatorChanges = Partial<Record<IndicatorField, string>>;

export type IndicatorProblem =
  | { kind: "bad-slug"; slug: string }
  | { kind: "slug-taken"; slug: string }
  | { kind: "unknown-slug"; slug: string }
  | { kind: "missing"; field: IndicatorField }
  | { kind: "too-long"; field: IndicatorField; max: number }
  | { kind: "unit"; unit: string }
  | { kind: "name-taken"; field: IndicatorField; name: string; slug: string }
  | { kind: "place-name"; field: IndicatorField; name: string }
  | { kind: "nothing-to-change" };

export type IndicatorCheck = { ok: Indicator } | { problems: IndicatorProblem[] };

/** Lowercase, digits and _, starting with a letter; short enough for a button's callback data. */
export const SLUG = /^[a-z][a-z0-9_]{1,23}$/;

/** The only unit answers can show: every value is rendered as a percentage. */
export const UNITS = ["percent"] as const;

export const MAX_LENGTH: Record<IndicatorField, number> = {
  nameId: 80,
  nameEn: 80,
  shortId: 30,
  shortEn: 30,
  unit: 20,
  descriptionId: 400,
  descriptionEn: 400,
  serviceId: 400,
  serviceEn: 400,
};

const REQUIRED: readonly IndicatorField[] = ["nameId", "nameEn", "descriptionId", "descriptionEn"];

/** The fields a question is matched against: they must not name another indicator. */
const NAME_FIELDS: readonly IndicatorField[] = ["nameId", "nameEn", "shortId", "shortEn"];

/** A new indicator: short names default to the names, the unit to percent, services to none. */
export function checkNewIndicator(
  slug: string,
  given: IndicatorChanges,
  reference: ReferenceData,
): IndicatorCheck {
  const existing = reference.indicators;
  const problems: IndicatorProblem[] = [];
  if (!SLUG.test(slug)) problems.push({ kind: "bad-slug", slug });
  else if (existing.some((indicator) => indicator.slug === slug)) {
    problems.push({ kind: "slug-taken", slug });
  }
  const fields = trimmed(given);
  for (const field of REQUIRED) {
    if (fields[field] === undefined) problems.push({ kind: "missing", field });
  }
  const indicator: Indicator = {
    slug,
    nameId: fields.nameId ?? "",
    nameEn: fields.nameEn ?? "",
    shortId: fields.shortId ?? fields.nameId ?? "",
    shortEn: fields.shortEn ?? fields.nameEn ?? "",
    unit: fields.unit ?? "percent",
    descriptionId: fields.descriptionId ?? "",
    descriptionEn: fields.descriptionEn ?? "",
    serviceId: fields.serviceId ?? null,
    serviceEn: fields.serviceEn ?? null,
  };
  problems.push(...fieldProblems(indicator, fields, existing, reference));
  return problems.length > 0 ? { problems } : { ok: indicator };
}

/** A change to an indicator: only the given fields change. */
export function checkIndicatorChange(
  slug: string,
  given: IndicatorChanges,
  reference: ReferenceData,
): IndicatorCheck {
  const existing = reference.indicators;
  const current = existing.find((indicator) => indicator.slug === slug);
  if (current === undefined) return { problems: [{ kind: "unknown-slug", slug }] };
  const fields = trimmed(given);
  if (Object.keys(fields).length === 0) return { problems: [{ kind: "nothing-to-change" }] };
  const changed: Indicator = { ...current, ...fields };
  const others = existing.filter((indicator) => indicator.slug !== slug);
  const problems = fieldProblems(changed, fields, others, reference);
  return problems.length > 0 ? { problems } : { ok: changed };
}

/** Values trimmed; blank ones count as not given. */
function trimmed(given: IndicatorChanges): IndicatorChanges {
  const fields: IndicatorChanges = {};
  for (const [field, value] of Object.entries(given) as [IndicatorField, string | undefined][]) {
    const text = value?.replace(/\s+/g, " ").trim();
    if (text) fields[field] = text;
  }
  return fields;
}

function fieldProblems(
  indicator: Indicator,
  given: IndicatorChanges,
  others: readonly Indicator[],
  reference: ReferenceData,
): IndicatorProblem[] {
  const problems: IndicatorProblem[] = [];
  for (const [field, value] of Object.entries(given) as [IndicatorField, string][]) {
    if (value.length > MAX_LENGTH[field]) {
      problems.push({ kind: "too-long", field, max: MAX_LENGTH[field] });
    }
  }
  if (!(UNITS as readonly string[]).includes(indicator.unit)) {
    problems.push({ kind: "unit", unit: indicator.unit });
  }
  // A name another indicator answers to would make questions ambiguous.
  const taken = new Map<string, string>();
  for (const other of others) {
    for (const name of [other.slug.replaceAll("_", " "), ...NAME_FIELDS.map((f) => other[f])]) {
      taken.set(normalise(name ?? ""), other.slug);
    }
  }
  const reported = new Set<string>();
  for (const field of NAME_FIELDS) {
    const name = indicator[field] ?? "";
    const key = normalise(name);
    const owner = taken.get(key);
    if (key !== "" && owner !== undefined && !reported.has(key)) {
      reported.add(key);
      problems.push({ kind: "name-taken", field, name, slug: owner });
    }
  }
  // A place's name would be read as the indicator: "Berau" must stay Berau.
  const places = new Set([
    ...reference.regions.map((region) => nameKey(region.name)),
    ...reference.aliases.map((alias) => normalise(alias.alias)),
  ]);
  for (const field of NAME_FIELDS) {
    const name = indicator[field] ?? "";
    const key = normalise(name);
    if (key !== "" && !reported.has(key) && places.has(nameKey(name))) {
      reported.add(key);
      problems.push({ kind: "place-name", field, name });
    }
  }
  return problems;
}
