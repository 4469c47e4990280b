// Operator CLI: `tsx src/cli/main.ts <command> [args…]`. The only CLI file that
// reads the environment or touches the process.

import { createConfig } from "../config.ts";
import { COMMANDS } from "./commands.ts";
import { asksForHelp, asksForOverview, commandHelp, overview } from "./help.ts";
import { operatorMessage } from "./operator-error.ts";

async function main(argv: string[]): Promise<string> {
  // Help needs no settings: it works before anything is configured.
  if (asksForOverview(argv)) return overview(COMMANDS);
  const [name = "", ...args] = argv;
  const spec = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (spec === undefined) {
    throw new Error(
      `unknown command ${JSON.stringify(name)}; commands: ${Object.keys(COMMANDS).join(", ")} (npm run cli -- --help)`,
    );
  }
  if (asksForHelp(args)) return commandHelp(name, spec);
  const { databaseUrl: url, databaseAuthToken: authToken } = createConfig(process.env);
  return spec.run({
    database: authToken === undefined ? { url } : { url, authToken },
    env: process.env,
    args,
    log: (line: string) => console.error(line),
  });
}

main(process.argv.slice(2)).then(
  (printed) => console.log(printed),
  (error: unknown) => {
    console.error(`error: ${operatorMessage(error)}`);
    process.exitCode = 1;
  },
);
