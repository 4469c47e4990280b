// Logs that never carry a secret. Errors are the risk: a network error's
// message or a nested cause can hold a request URL, and Bot API URLs contain
// the bot token (https://api.telegram.org/bot<token>/sendMessage). So the
// detail of every entry is turned into plain data first (an error becomes its
// name, message, stack and own properties, nested errors included, however
// deep the logger would print them), and every string in it is redacted.

/** What the bot's error boundary and the server log through; `console` fits. */
export interface Logger {
  error(message: string, detail?: unknown): void;
}

const REDACTED = "<redacted>";
/** Deeper than any error chain worth reading, shallow enough for a cyclic object. */
const MAX_DEPTH = 6;

export function redactingLogger(logger: Logger, secrets: readonly string[]): Logger {
  // The URL-encoded form too: a token's ":" becomes "%3A" in some URLs.
  const hidden = [
    ...new Set(secrets.flatMap((s) => [s, encodeURIComponent(s)]).filter(Boolean)),
  ].sort((a, b) => b.length - a.length);
  const redact = (text: string) =>
    hidden.reduce((result, secret) => result.replaceAll(secret, REDACTED), text);
  return {
    error(message, detail) {
      if (detail === undefined) logger.error(redact(message));
      else logger.error(redact(message), plain(detail, redact, 0));
    },
  };
}

function plain(value: unknown, redact: (text: string) => string, depth: number): unknown {
  if (typeof value === "string") return redact(value);
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "function" || value === undefined) return undefined;
  if (typeof value !== "object") return redact(String(value));
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.map((item) => plain(item, redact, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  // Other class instances (a BotError's grammY context, with its API client) are named, not walked.
  if (!(value instanceof Error) && prototype !== Object.prototype && prototype !== null) {
    return `[${value.constructor?.name ?? "object"}]`;
  }
  const fields: Record<string, unknown> =
    value instanceof Error
      ? { name: value.name, message: value.message, stack: value.stack, cause: value.cause }
      : {};
  // Own properties: an HttpError's `error`, a LibsqlError's `code`, a GrammyError's `description`.
  Object.assign(fields, value);
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    const shown = plain(field, redact, depth + 1);
    if (shown !== undefined) result[key] = shown;
  }
  return result;
}
