// Operator CLI: `tsx src/cli/main.ts <command> [args…]`. The only CLI file that
// reads the environment or touches the process.

import { createConfig } from "../config.ts";
import { botInfo } from "./bot-info.ts";
import type { Command } from "./command.ts";
import { dbMigrate } from "./db-migrate.ts";
import { dbSeed } from "./db-seed.ts";
import { exportCommand } from "./export.ts";
import { importCommand } from "./import.ts";
import { releasesCommand } from "./releases.ts";
import { webhookDelete } from "./webhook-delete.ts";
import { webhookInfo } from "./webhook-info.ts";
import { webhookSet } from "./webhook-set.ts";

const commands: Record<string, Command> = {
  "db:migrate": dbMigrate,
  "db:seed": dbSeed,
  "webhook:set": webhookSet,
  "webhook:info": webhookInfo,
  "webhook:delete": webhookDelete,
  "bot-info": botInfo,
  import: importCommand,
  export: exportCommand,
  releases: releasesCommand,
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (command === undefined) {
    throw new Error(
      `unknown command ${JSON.stringify(name ?? "")}; commands: ${Object.keys(commands).join(", ")}`,
    );
  }
  const { databaseUrl: url, databaseAuthToken: authToken } = createConfig(process.env);
  const context = {
    database: authToken === undefined ? { url } : { url, authToken },
    env: process.env,
    args,
    log: (line: string) => console.error(line),
  };
  console.log(await command(context));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
