import type { DatabaseConfig } from "../store/db.ts";

/** What every operator command gets from the entry: validated config and its own arguments. */
export interface CommandContext {
  database: DatabaseConfig;
  /** The process environment, for commands that need more than the database (Telegram). */
  env: Readonly<Record<string, string | undefined>>;
  args: string[];
  /** Notes for the operator beside the result (stderr), e.g. the parts of a file not used. */
  log: (line: string) => void;
}

/** Runs one operator command; resolves to the one-line result to print. */
export type Command = (context: CommandContext) => Promise<string>;

/** A command with what `--help` says about it. */
export interface CommandSpec {
  run: Command;
  /** Arguments after the command's name: "<file> [--dry-run]". */
  usage: string;
  summary: string;
  /** Lines explaining arguments and behaviour. */
  details: string[];
  /** Whole command lines, as an operator types them. */
  examples: string[];
}
