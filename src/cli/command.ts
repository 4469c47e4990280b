import type { DatabaseConfig } from "../store/db.ts";

/** What every operator command gets from the entry: validated config and its own arguments. */
export interface CommandContext {
  database: DatabaseConfig;
  args: string[];
}

/** Runs one operator command; resolves to the one-line result to print. */
export type Command = (context: CommandContext) => Promise<string>;
