// `npm start` with a setting wrong: it stops before creating or contacting
// anything, naming the variable; an unreachable Bot API is retried visibly
// for a bounded time, then start-up fails saying what to check.

import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runToEnd, startTsx } from "../support/child-process.ts";
import { startFakeBotApi } from "../support/fake-bot-api.ts";
import { freePort } from "../support/free-port.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

let dir: string;
let database: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tanya-start-"));
  database = join(dir, "tanya.db");
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function npmStart(env: Record<string, string>) {
  return runToEnd(
    startTsx("src/main.ts", [], { DATABASE_URL: `file:${database}`, ...env }),
    60_000,
  );
}

describe("npm start refuses a bad setting before creating anything", () => {
  it.each([
    [{ PORT: "99999" }, "PORT: must be a port number from 1 to 65535"],
    [{ PORT: "0" }, "PORT: must be a port number from 1 to 65535"],
    [
      { TELEGRAM_START_WAIT_SECONDS: "soon" },
      "TELEGRAM_START_WAIT_SECONDS: must be a whole number",
    ],
    [
      {
        TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
        WEBHOOK_URL: "https://bot.example.org/telegram",
      },
      "WEBHOOK_SECRET must be set with WEBHOOK_URL",
    ],
  ])("%j", async (env, message) => {
    const { code, output } = await npmStart(env);
    expect(output).toContain(message);
    expect(code).toBe(1);
    expect(existsSync(database)).toBe(false);
  });

  it("refuses a DATABASE_URL whose directory does not exist, and does not create it", async () => {
    const missing = join(dir, "nonexistent", "dir");
    const { code, output } = await npmStart({ DATABASE_URL: `file:${join(missing, "x.db")}` });
    expect(output).toContain(`DATABASE_URL: the directory "${missing}" does not exist`);
    expect(code).toBe(1);
    expect(existsSync(join(dir, "nonexistent"))).toBe(false);
  });
});

describe("npm start with a DEFAULT_PROVINCE that is no province", () => {
  it("stops naming DEFAULT_PROVINCE", async () => {
    const { code, output } = await npmStart({ DEFAULT_PROVINCE: "99" });
    expect(output).toContain("DEFAULT_PROVINCE: 99 is not a province code");
    expect(code).toBe(1);
  });
});

describe("npm start when the Bot API cannot be reached", () => {
  it("says so at each try, and gives up within the wait, naming TELEGRAM_API_ROOT", async () => {
    const apiRoot = `http://127.0.0.1:${await freePort()}`;
    const { code, output } = await npmStart({
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      // Room for a slow first try on a busy machine: the retry line still shows.
      TELEGRAM_START_WAIT_SECONDS: "4",
    });
    expect(output).toContain(
      `cannot reach the Telegram Bot API at ${apiRoot} (ECONNREFUSED); trying again in 1 s (for up to 4 s in all)`,
    );
    expect(output).toMatch(
      new RegExp(
        `cannot reach the Telegram Bot API at ${apiRoot} \\(ECONNREFUSED\\) after [2-9] tries: check the network, or TELEGRAM_API_ROOT`,
      ),
    );
    expect(output).not.toContain(TEST_BOT_TOKEN);
    expect(code).toBe(1);
  });
});

describe("npm start serving a webhook on a port in use", () => {
  it("stops naming PORT, not with Node's listen error", async () => {
    const telegram = await startFakeBotApi(TEST_BOT_TOKEN);
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const address = busy.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    try {
      const { code, output } = await npmStart({
        TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        WEBHOOK_URL: "https://bot.example.org/telegram",
        WEBHOOK_SECRET: "startup-secret-value",
        HOST: "127.0.0.1",
        PORT: String(port),
      });
      expect(output).toContain(`PORT: ${port} is already in use on 127.0.0.1`);
      expect(output).not.toContain("EADDRINUSE");
      expect(code).toBe(1);
    } finally {
      busy.close();
      await telegram.close();
    }
  });
});

/** A server answering every request 401, as Turso answers a bad or missing token. */
async function refusingTokens(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createHttpServer((_, response) => {
    response.writeHead(401, { "content-type": "text/plain" });
    response.end("Unauthorized");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** No stack trace, no drizzle "Failed query", no libSQL "fetch failed": one line of what to fix. */
function expectOneClearLine(output: string): void {
  expect(output).not.toMatch(/\n\s+at /);
  expect(output).not.toContain("Failed query");
  expect(output).not.toContain("fetch failed");
  expect(output.trim().split("\n")).toHaveLength(1);
}

describe.each([
  ["npm start", (env: Record<string, string>) => npmStart(env)],
  [
    "npm run cli -- db:migrate",
    (env: Record<string, string>) =>
      runToEnd(startTsx("src/cli/main.ts", ["db:migrate"], env), 60_000),
  ],
])("%s with a database it cannot reach", (_, run) => {
  it("names DATABASE_URL and says the connection was refused", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const { code, output } = await run({ DATABASE_URL: url });
    expect(output).toContain(`DATABASE_URL=${url}: connection refused`);
    expectOneClearLine(output);
    expect(code).toBe(1);
  }, 60_000);

  it("names DATABASE_URL and says the host name was not found", async () => {
    const { code, output } = await run({ DATABASE_URL: "libsql://tanya-db.invalid" });
    expect(output).toMatch(
      /DATABASE_URL=libsql:\/\/tanya-db\.invalid: the name tanya-db\.invalid (was not found|could not be looked up)/,
    );
    expectOneClearLine(output);
    expect(code).toBe(1);
  }, 60_000);

  it("names DATABASE_AUTH_TOKEN when the server refuses the token, and never prints it", async () => {
    const turso = await refusingTokens();
    try {
      const { code, output } = await run({
        DATABASE_URL: turso.url,
        DATABASE_AUTH_TOKEN: "expired-token-value",
      });
      expect(output).toContain(
        `DATABASE_URL=${turso.url}: the server refused the token (HTTP 401): check DATABASE_AUTH_TOKEN`,
      );
      expect(output).not.toContain("expired-token-value");
      expectOneClearLine(output);
      expect(code).toBe(1);
    } finally {
      await turso.close();
    }
  }, 60_000);
});

describe("a new embedded database", () => {
  it("is said by npm start in one line naming its full path, and only the first time", async () => {
    const started = await npmStart({ DEFAULT_PROVINCE: "99" });
    expect(started.output).toContain(`creating a new database at ${database} (DATABASE_URL)`);
    const again = await npmStart({ DEFAULT_PROVINCE: "99" });
    expect(again.output).not.toContain("creating a new database");
  }, 60_000);

  it("is said by the CLI in one line naming its full path", async () => {
    const other = join(dir, "cli.db");
    const migrated = await runToEnd(
      startTsx("src/cli/main.ts", ["db:migrate"], { DATABASE_URL: `file:${other}` }),
      60_000,
    );
    expect(migrated.output).toContain(`creating a new database at ${other} (DATABASE_URL)`);
    expect(migrated.code).toBe(0);
  }, 60_000);
});
