// What an operator reads when the database named by DATABASE_URL cannot be
// opened at start: one line naming the variable to fix and the cause (a name
// that does not resolve, a refused connection, a token the server refuses),
// never libSQL's "fetch failed" nor drizzle's "Failed query: CREATE TABLE …".

/** Start-up could not reach DATABASE_URL's database; the message says why and what to check. */
export class DatabaseConnectionError extends Error {
  override readonly name = "DatabaseConnectionError";
}

/**
 * The DatabaseConnectionError for a failure of the first contact with a remote
 * database, or undefined when the failure is something else (a statement error,
 * a local file's problem): those keep their own, more precise, messages.
 */
export function connectionProblem(
  error: unknown,
  url: string,
  hasToken: boolean,
): DatabaseConnectionError | undefined {
  const where = `DATABASE_URL=${safeOrigin(url)}`;
  const status = httpStatus(error);
  if (status === 401 || status === 403) {
    const token = hasToken
      ? "check DATABASE_AUTH_TOKEN (a Turso token: turso db tokens create <database>)"
      : "DATABASE_AUTH_TOKEN is not set (a Turso token: turso db tokens create <database>)";
    return new DatabaseConnectionError(
      `cannot open the database at ${where}: the server refused the token (HTTP ${status}): ${token}`,
    );
  }
  if (status !== undefined) {
    const meaning = status === 404 ? "no database there" : "the server failed";
    return new DatabaseConnectionError(
      `cannot open the database at ${where}: HTTP ${status} (${meaning}): check DATABASE_URL`,
    );
  }
  const code = systemCode(error);
  if (code === undefined) return undefined;
  return new DatabaseConnectionError(`cannot reach the database at ${where}: ${cause(code, url)}`);
}

function cause(code: string, url: string): string {
  const host = hostOf(url);
  switch (code) {
    case "ENOTFOUND":
      return `the name ${host} was not found: check the host in DATABASE_URL`;
    case "EAI_AGAIN":
      return `the name ${host} could not be looked up (no DNS answer): check the network, or the host in DATABASE_URL`;
    case "ECONNREFUSED":
      return `connection refused by ${host}: is the database server running? check DATABASE_URL's host and port`;
    case "ETIMEDOUT":
    case "UND_ERR_CONNECT_TIMEOUT":
      return `no answer from ${host} (timed out): check the network, or DATABASE_URL`;
    default:
      return `${code}: check the network, or DATABASE_URL`;
  }
}

/** The HTTP status a libSQL HTTP client's error carries (HttpServerError, in the cause chain). */
function httpStatus(error: unknown): number | undefined {
  for (const e of causeChain(error)) {
    const status = (e as Error & { status?: unknown }).status;
    if (e.name === "HttpServerError" && typeof status === "number") return status;
  }
  return undefined;
}

/** A Node system error's code (ENOTFOUND, ECONNREFUSED…) under fetch's "fetch failed". */
function systemCode(error: unknown): string | undefined {
  for (const e of causeChain(error)) {
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code === "string" && /^(E[A-Z_]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
  }
  return undefined;
}

function causeChain(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let e = error; e instanceof Error && !chain.includes(e); e = e.cause) chain.push(e);
  return chain;
}

/** Scheme, host and port only: a URL may carry the token in its query (?authToken=…). */
function safeOrigin(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return "(not a URL)";
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "the host";
  }
}
