/**
 * Where the server reports failures that it answers with a bare status. The
 * message names what failed, never a secret or a user's text; the cause is the
 * error as thrown. `console` fits, and so does the bot's logger.
 */
export interface ErrorLogger {
  error(message: string, cause: unknown): void;
}
