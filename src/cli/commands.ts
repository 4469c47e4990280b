// Every operator command, with what `--help` says about it. The command
// functions live one per file; this is the table of contents.

import { botInfo } from "./bot-info.ts";
import { broadcastRetry } from "./broadcast-retry.ts";
import type { CommandSpec } from "./command.ts";
import { dbMigrate } from "./db-migrate.ts";
import { dbSeed } from "./db-seed.ts";
import { exportCommand } from "./export.ts";
import { importCommand } from "./import.ts";
import { INDICATORS_HELP, indicatorsCommand } from "./indicators.ts";
import { releasesCommand } from "./releases.ts";
import { SOURCES_HELP, sourcesCommand } from "./sources.ts";
import { webhookDelete } from "./webhook-delete.ts";
import { webhookInfo } from "./webhook-info.ts";
import { webhookSet } from "./webhook-set.ts";

export const COMMANDS: Record<string, CommandSpec> = {
  "db:migrate": {
    run: dbMigrate,
    usage: "",
    summary: "apply the migrations in drizzle/ to DATABASE_URL and say which",
    details: ["Safe to run again: applied migrations are not applied twice."],
    examples: ["npm run db:migrate"],
  },
  "db:seed": {
    run: dbSeed,
    usage: "",
    summary: "load regions, aliases, indicators and the releases in data/ (migrates first)",
    details: [
      "Safe to run again: reference rows are updated from the files (built-in indicators",
      "included: an admin's change to one of them is undone), and a release already",
      "present is kept as it is, corrections included.",
    ],
    examples: ["npm run db:seed"],
  },
  import: {
    run: importCommand,
    usage: "<file> [--dry-run] [--json] [--publish] [--source S] [--title T] [--as-of YYYY-MM-DD]",
    summary: "read a .csv or a press-release text file into a new draft",
    details: [
      "A .csv file is read as region,indicator,value (header optional; , or ; between",
      "fields; decimal commas); any other file as press-release text.",
      "--dry-run   only read, write nothing (--json prints the parsed draft as JSON)",
      "--publish   publish the new draft at once (needs a data date and a source)",
      "--source S, --title T, --as-of YYYY-MM-DD   override what the file says",
    ],
    examples: [
      "npm run cli -- import data/releases/2024-06-13-dkp3a-kaltim.txt --dry-run",
      "npm run cli -- import values.csv --source 'DKP3A Kaltim' --as-of 2024-12-31 --publish",
    ],
  },
  export: {
    run: exportCommand,
    usage: "[--release ID] [--output FILE]",
    summary: "values as CSV (region,indicator,value): what users see now, or one release's",
    details: [
      "--release ID    that release's own values (IDs as `releases` lists them)",
      "--output FILE   write the CSV to FILE (npm prints its own lines on stdout, so `> FILE` would catch them)",
    ],
    examples: [
      "npm run cli -- export --output values.csv",
      "npm run cli -- export --release 1 --output release-1.csv",
    ],
  },
  releases: {
    run: releasesCommand,
    usage: "",
    summary: "every release, newest data first",
    details: [],
    examples: ["npm run cli -- releases"],
  },
  indicators: { run: indicatorsCommand, ...INDICATORS_HELP },
  sources: { run: sourcesCommand, ...SOURCES_HELP },
  "broadcast:retry": {
    run: broadcastRetry,
    usage: "<id>",
    summary: "send a broadcast's failed deliveries again (numbers as /siaran shows them)",
    details: [
      "The running bot (npm start) or the next Cron Trigger sends them within the rate",
      "limits; the admin who published is told how it went once they are done.",
    ],
    examples: ["npm run cli -- broadcast:retry 12"],
  },
  "bot-info": {
    run: botInfo,
    usage: "",
    summary: "getMe as one line of JSON, the value of BOT_INFO (needs TELEGRAM_BOT_TOKEN)",
    details: [],
    examples: ["TELEGRAM_BOT_TOKEN=… npm run cli -- bot-info"],
  },
  "webhook:set": {
    run: webhookSet,
    usage: "[--url URL] [--drop-pending-updates]",
    summary: "tell Telegram where to deliver updates, with WEBHOOK_SECRET",
    details: [
      "--url URL                the public address of POST /telegram (default: WEBHOOK_URL)",
      "--drop-pending-updates   forget the updates Telegram holds for the bot",
      "Needs TELEGRAM_BOT_TOKEN and WEBHOOK_SECRET.",
    ],
    examples: ["npm run cli -- webhook:set --url https://example.org/telegram"],
  },
  "webhook:info": {
    run: webhookInfo,
    usage: "",
    summary: "what Telegram has as the bot's webhook",
    details: [],
    examples: ["npm run cli -- webhook:info"],
  },
  "webhook:delete": {
    run: webhookDelete,
    usage: "",
    summary: "remove the webhook (polling with `npm start` also removes it)",
    details: [],
    examples: ["npm run cli -- webhook:delete"],
  },
};
