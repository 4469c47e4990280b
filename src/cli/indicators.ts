// `indicators list | add <slug> --name-id … | update <slug> --…`: the indicator
// catalogue, the same checks and writes as the bot's /indikator_baru and
// /indikator_ubah. Bad arguments write nothing and name every problem.

import { parseArgs } from "node:util";
import {
  checkIndicatorChange,
  checkNewIndicator,
  type IndicatorChanges,
  type IndicatorField,
  type IndicatorProblem,
} from "../domain/admin/indicator-entry.ts";
import type { Indicator } from "../domain/types.ts";
import { createAdminStore } from "../store/admin-store.ts";
import { readReference } from "../store/reference-query.ts";
import type { Command, CommandSpec } from "./command.ts";
import { withPreparedDatabase } from "./prepared-database.ts";

/** Recorded as the author of everything the CLI writes. */
const CLI_ACTOR = "cli";

const OPTIONS: Record<string, IndicatorField> = {
  "name-id": "nameId",
  "name-en": "nameEn",
  "short-id": "shortId",
  "short-en": "shortEn",
  unit: "unit",
  "definition-id": "descriptionId",
  "definition-en": "descriptionEn",
  "service-id": "serviceId",
  "service-en": "serviceEn",
};

const OPTION_OF = Object.fromEntries(
  Object.entries(OPTIONS).map(([option, field]) => [field, `--${option}`]),
) as Record<IndicatorField, string>;

export const INDICATORS_HELP: Omit<CommandSpec, "run"> = {
  usage: "list | add <slug> --name-id … --name-en … [options] | update <slug> [options]",
  summary: "list, add or describe the indicators questions and imports know",
  details: [
    "list                 every indicator: slug, names, unit",
    "add <slug>           a new indicator; --name-id, --name-en, --definition-id and",
    "                     --definition-en are required",
    "update <slug>        change only the options given",
    "options: --name-id, --name-en (full names), --short-id, --short-en (short names, default:",
    "the full names), --definition-id, --definition-en, --service-id, --service-en (the",
    "official service it concerns), --unit (percent, the only unit answers show).",
    "A slug is lowercase letters, digits and _ (2-24). Names may not be another indicator's.",
    "Questions, /indikator, subscriptions and imports know a new indicator at once.",
  ],
  examples: [
    "npm run cli -- indicators list",
    "npm run cli -- indicators add akta_kematian --name-id 'Kepemilikan akta kematian' --name-en 'Death certificate ownership' --short-id 'Akta kematian' --short-en 'Death certificate' --definition-id 'Persentase kematian yang dicatat dengan akta.' --definition-en 'Share of deaths recorded with a certificate.'",
    "npm run cli -- indicators update akta_kematian --service-en 'Disdukcapil of the regency or city'",
  ],
};

export const indicatorsCommand: Command = async ({ database, args }) => {
  const [action, ...rest] = args;
  if (action !== "list" && action !== "add" && action !== "update") {
    throw new Error(
      `indicators needs list, add or update, not ${JSON.stringify(action ?? "")} (npm run cli -- indicators --help)`,
    );
  }
  const { slug, changes } = action === "list" ? { slug: "", changes: {} } : argumentsOf(rest);
  return withPreparedDatabase(database, async ({ client }) => {
    const catalog = createAdminStore(client).indicators;
    const { reference } = await readReference(client);
    if (action === "list") return reference.indicators.map(listed).join("\n");
    const check =
      action === "add"
        ? checkNewIndicator(slug, changes, reference)
        : checkIndicatorChange(slug, changes, reference);
    if ("problems" in check) {
      throw new Error(`nothing written: ${check.problems.map(problemText).join("; ")}`);
    }
    if (action === "add") await catalog.add(check.ok, CLI_ACTOR);
    else await catalog.update(check.ok, CLI_ACTOR);
    return `${action === "add" ? "added" : "updated"}: ${listed(check.ok)}`;
  });
};

function argumentsOf(args: string[]): { slug: string; changes: IndicatorChanges } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: Object.fromEntries(
      Object.keys(OPTIONS).map((option) => [option, { type: "string" as const }]),
    ),
  });
  const [slug, ...extra] = positionals;
  if (slug === undefined) throw new Error("give the indicator's slug, e.g. akta_kematian");
  if (extra.length > 0) {
    throw new Error(
      `unexpected ${JSON.stringify(extra.join(" "))}: quote values with spaces, e.g. --name-id 'Akta kematian'`,
    );
  }
  const changes: IndicatorChanges = {};
  for (const [option, value] of Object.entries(values)) {
    const field = OPTIONS[option];
    if (field !== undefined && typeof value === "string") changes[field] = value;
  }
  return { slug, changes };
}

function listed(indicator: Indicator): string {
  return `${indicator.slug} — ${indicator.nameId} / ${indicator.nameEn} (${indicator.shortId} / ${indicator.shortEn}), ${indicator.unit}`;
}

function problemText(problem: IndicatorProblem): string {
  switch (problem.kind) {
    case "bad-slug":
      return `slug ${JSON.stringify(problem.slug)} must be 2-24 lowercase letters, digits or _, starting with a letter`;
    case "slug-taken":
      return `an indicator ${problem.slug} already exists (change it with update)`;
    case "unknown-slug":
      return `there is no indicator ${problem.slug} (indicators list shows them)`;
    case "missing":
      return `${OPTION_OF[problem.field]} is required`;
    case "too-long":
      return `${OPTION_OF[problem.field]} is longer than ${problem.max} characters`;
    case "unit":
      return `--unit ${JSON.stringify(problem.unit)} is not shown by answers: use percent`;
    case "name-taken":
      return `${OPTION_OF[problem.field]} "${problem.name}" is already a name of ${problem.slug}`;
    case "place-name":
      return `${OPTION_OF[problem.field]} "${problem.name}" is the name of a place: questions would read it as the place`;
    case "nothing-to-change":
      return "give at least one option to change";
  }
}
