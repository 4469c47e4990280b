// `sources list | add <url> [keywords, …] [wilayah:<code>] [feed|halaman] |
// remove <id> | check`: the sources watched for new releases, read with the
// same words as the bot's /sumber_pantau. `check` runs one watching pass now
// and prints what it found; with TELEGRAM_BOT_TOKEN and ADMIN_USER_IDS set,
// the admins get the candidates as the schedule would send them.

import { createConfig, secretsOf } from "../config.ts";
import { createEngine } from "../domain/engine.ts";
import { sourceProblemMessage } from "../domain/messages/en/cli.ts";
import { DEFAULT_KEYWORDS } from "../domain/watch/keywords.ts";
import type { WatchedSource } from "../domain/watch/ports.ts";
import { readSourceRequest } from "../domain/watch/source-arguments.ts";
import { redactingLogger } from "../redacting-logger.ts";
import { createAdminStore } from "../store/admin-store.ts";
import { createFactsSource } from "../store/facts-repository.ts";
import { readReference } from "../store/reference-query.ts";
import type { Command, CommandSpec } from "./command.ts";
import { withPreparedDatabase } from "./prepared-database.ts";

const CLI_ACTOR = "cli";

export const SOURCES_HELP: Omit<CommandSpec, "run"> = {
  usage: "list | add <url> [keyword, …] [wilayah:<code>] [feed|halaman] | remove <id> | check",
  summary: "the feeds and pages watched for new releases; check runs one watching pass",
  details: [
    "list      every source: kind, keywords, region, last check or failure",
    "add       a feed (RSS or Atom) or a page listing articles; keywords separated by",
    `          commas (default: ${DEFAULT_KEYWORDS.join(", ")}); wilayah:<code> the region the`,
    "          source is about; feed or halaman when the address does not tell",
    "remove    stop watching (candidates already made stay)",
    "check     fetch what is due now, read new matching articles with the importer, keep",
    "          candidates; never drafts or publishes. With TELEGRAM_BOT_TOKEN and",
    "          ADMIN_USER_IDS the admins get each candidate with Buat draf / Abaikan.",
  ],
  examples: [
    "npm run cli -- sources add https://diskominfo.example.go.id/rss IKD, akta kelahiran wilayah:64",
    "npm run cli -- sources list",
    "npm run cli -- sources check",
  ],
};

export const sourcesCommand: Command = async ({ database, env, args }) =>
  withPreparedDatabase(database, async ({ client }) => {
    const { reference } = await readReference(client);
    const codes = new Set(reference.regions.map((r) => r.code));
    const request = readSourceRequest(args.join(" "), (code) => codes.has(code));
    if ("problem" in request) {
      throw new Error(`nothing written: ${sourceProblemMessage(request.problem)}`);
    }
    const store = createAdminStore(client);
    const asked = request.ok;
    if (asked.action === "list") {
      const sources = await store.watchSources.list();
      return sources.length === 0 ? "no sources watched yet" : sources.map(listed).join("\n");
    }
    if (asked.action === "remove") {
      if (!(await store.watchSources.remove(asked.id))) throw new Error(`no source #${asked.id}`);
      return `removed source #${asked.id}`;
    }
    if (asked.action === "add") {
      const added = await store.watchSources.add({ ...asked, createdBy: CLI_ACTOR });
      if (!added) throw new Error(`already watched: ${asked.url}`);
      return `added: ${listed(added)}`;
    }
    // Loaded only here: the feed and article readers would slow every other command's start.
    const [{ runWatch }, { passSummary }] = await Promise.all([
      import("../watch/watch-run.ts"),
      import("../watch/pass-summary.ts"),
    ]);
    const config = createConfig(env);
    const logger = redactingLogger(console, secretsOf(config));
    const engine = createEngine({
      facts: createFactsSource(client),
      defaultProvince: config.defaultProvince,
    });
    const report = await runWatch({
      store,
      engine,
      ...(config.botToken ? { token: config.botToken } : {}),
      apiRoot: config.apiRoot,
      adminUserIds: config.adminUserIds,
      settings: { intervalMinutes: config.watch.intervalMinutes },
      logger,
    });
    const lines = passSummary(report);
    return lines.length === 0 ? "nothing due" : lines.join("\n");
  });

function listed(source: WatchedSource): string {
  const keywords = source.keywords ? source.keywords.join(", ") : "(default keywords)";
  const region = source.regionCode ? ` region ${source.regionCode}` : "";
  const state =
    source.failures > 0
      ? `failed ${source.failures}x: ${source.lastError}; next try ${source.nextAttemptAt}`
      : source.lastCheckedAt
        ? `checked ${source.lastCheckedAt}`
        : "not checked yet";
  return `#${source.id} ${source.kind} ${source.url} — ${keywords}${region} — ${state}`;
}
