import { describe, expect, it } from "vitest";
import { createConfig, langFromLocale, secretsOf } from "../src/config.ts";

describe("createConfig", () => {
  it("defaults to the embedded database, Indonesian and Kalimantan Timur", () => {
    const config = createConfig({});
    expect(config.databaseUrl).toBe("file:data/tanya.db");
    expect(config.defaultLang).toBe("id");
    expect(config.defaultProvince).toBe("64");
    expect(config.botToken).toBeUndefined();
    expect(config.apiRoot).toBe("https://api.telegram.org");
    expect(config.adminUserIds).toEqual([]);
  });

  it("parses ids, ports, locales and bot info", () => {
    const botInfo = {
      id: 7,
      is_bot: true,
      username: "tanya_bot",
      first_name: "Tanya",
      can_join_groups: true,
    };
    const config = createConfig({
      ADMIN_USER_IDS: " 11, 22 ",
      PORT: "3000",
      HOST: "127.0.0.1",
      LANG: "en_US.UTF-8",
      BOT_INFO: JSON.stringify(botInfo),
      TELEGRAM_API_ROOT: "http://127.0.0.1:9000/",
    });
    expect(config.adminUserIds).toEqual([11, 22]);
    expect(config.port).toBe(3000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.defaultLang).toBe("en");
    expect(config.botInfo).toEqual(botInfo);
    expect(config.apiRoot).toBe("http://127.0.0.1:9000");
  });

  it("names every bad variable, without echoing secret values", () => {
    const attempt = () =>
      createConfig({
        DATABASE_URL: "mysql://x",
        ADMIN_USER_IDS: "abc",
        TELEGRAM_BOT_TOKEN: "secret-value",
      });
    expect(attempt).toThrow(/DATABASE_URL: must start with file:/);
    expect(attempt).toThrow(/ADMIN_USER_IDS: must be comma-separated numeric user ids/);
    expect(attempt).toThrow(/TELEGRAM_BOT_TOKEN: does not look like a BotFather token/);
    expect(attempt).not.toThrow(/secret-value/);
  });

  it("refuses a webhook secret that could be guessed, saying how long it must be, never echoing it", () => {
    const attempt = (secret: string) => () => createConfig({ WEBHOOK_SECRET: secret });
    expect(attempt("x")).toThrow(
      /WEBHOOK_SECRET: must be 16-256 characters of A-Z, a-z, 0-9, _ and -/,
    );
    expect(attempt("fifteen-chars15")).toThrow(/WEBHOOK_SECRET/);
    expect(attempt("fifteen-chars15")).not.toThrow(/fifteen-chars15/);
    expect(attempt("sixteen-chars-16")).not.toThrow();
    expect(attempt("spaces are not allowed here")).toThrow(/WEBHOOK_SECRET/);
  });

  it("lists the secrets to keep out of logs, an auth token in the database URL included", () => {
    const config = createConfig({
      TELEGRAM_BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz",
      WEBHOOK_SECRET: "hook-secret-0123456789",
      DATABASE_URL: "libsql://db.example.org?authToken=in-url",
      DATABASE_AUTH_TOKEN: "separate",
    });
    expect(secretsOf(config)).toEqual([
      "123:abcdefghijklmnopqrstuvwxyz",
      "hook-secret-0123456789",
      "separate",
      "in-url",
    ]);
    expect(secretsOf(createConfig({ DATABASE_URL: ":memory:" }))).toEqual([]);
  });

  it("sets broadcast delivery within Telegram's limits by default, and holds leases above a send's timeout", () => {
    expect(createConfig({}).broadcast).toEqual({
      ratePerSecond: 25,
      groupRatePerMinute: 20,
      batchSize: 50,
      maxAttempts: 5,
      leaseSeconds: 60,
      pollSeconds: 5,
      subrequestBudget: 50,
      sendsInFlight: 8,
    });
    expect(createConfig({ BROADCAST_SUBREQUEST_BUDGET: "1000" }).broadcast.subrequestBudget).toBe(
      1000,
    );
    expect(() => createConfig({ BROADCAST_LEASE_SECONDS: "5" })).toThrow(
      /BROADCAST_LEASE_SECONDS: must be at least 35: a send may take 30 s/,
    );
    expect(() => createConfig({ BROADCAST_RATE_PER_SECOND: "fast" })).toThrow(
      /BROADCAST_RATE_PER_SECOND: must be a whole number/,
    );
  });

  it("reads a locale's language", () => {
    expect(langFromLocale("en")).toBe("en");
    expect(langFromLocale("id_ID.UTF-8")).toBe("id");
    expect(langFromLocale(undefined)).toBe("id");
  });
});
