// `--help`: the list of commands, and one command's arguments and examples.

import type { CommandSpec } from "./command.ts";

const HELP_FLAGS = new Set(["--help", "-h"]);

/** True for `--help`, `-h` and `help` as the first argument, or for no argument at all. */
export function asksForOverview(argv: string[]): boolean {
  const [first] = argv;
  return first === undefined || first === "help" || HELP_FLAGS.has(first);
}

/** True when a command's own arguments ask for its help. */
export function asksForHelp(args: string[]): boolean {
  return args.some((arg) => HELP_FLAGS.has(arg));
}

export function overview(commands: Record<string, CommandSpec>): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    "usage: npm run cli -- <command> [arguments]",
    "",
    "commands:",
    ...Object.entries(commands).map(([name, spec]) => `  ${name.padEnd(width)}  ${spec.summary}`),
    "",
    "Settings come from the environment (see the README's Configuration): DATABASE_URL for",
    "the data commands, TELEGRAM_BOT_TOKEN for the Telegram ones.",
    "npm run cli -- <command> --help   arguments and examples of one command",
  ].join("\n");
}

export function commandHelp(name: string, spec: CommandSpec): string {
  return [
    `usage: npm run cli -- ${name}${spec.usage ? ` ${spec.usage}` : ""}`,
    "",
    spec.summary,
    ...(spec.details.length > 0 ? ["", ...spec.details] : []),
    "",
    "examples:",
    ...spec.examples.map((example) => `  ${example}`),
  ].join("\n");
}
