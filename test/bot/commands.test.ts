import { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { COMMANDS, registerCommands } from "../../src/bot/commands.ts";
import { textsFor } from "../../src/domain/messages/bot-texts.ts";
import type { ApiCall } from "../support/api-calls.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

describe("the command menu", () => {
  it("is registered in Indonesian by default and in English for English apps", async () => {
    const api = new Api(TEST_BOT_TOKEN);
    const calls: ApiCall[] = [];
    api.config.use(async (_prev, method, payload) => {
      calls.push({ method, payload: payload as Record<string, unknown> });
      return { ok: true, result: true } as never;
    });
    await registerCommands(api);
    expect(calls.map((c) => [c.method, c.payload.language_code])).toEqual([
      ["setMyCommands", undefined],
      ["setMyCommands", "en"],
    ]);
    const names = (call: ApiCall | undefined) =>
      ((call?.payload.commands ?? []) as { command: string }[]).map((c) => c.command);
    expect(names(calls[0])).toEqual([
      "tanya",
      "indikator",
      "wilayah",
      "sumber",
      "langganan",
      "berhenti",
      "hapusdata",
      "bantuan",
    ]);
    expect(names(calls[1])).toEqual([
      "ask",
      "indicators",
      "regions",
      "sources",
      "subscribe",
      "unsubscribe",
      "deletedata",
      "help",
    ]);
  });

  it("follows Telegram's rules for commands and descriptions", () => {
    for (const { command, description } of Object.values(COMMANDS).flat()) {
      expect(command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(description.length).toBeGreaterThanOrEqual(3);
      expect(description.length).toBeLessThanOrEqual(256);
    }
  });
});

describe("the bot's own texts", () => {
  it("are safe to send as HTML", () => {
    for (const lang of ["id", "en"] as const) {
      for (const text of texts(textsFor(lang))) expect(text).not.toMatch(/[<>&]/);
    }
  });
});

/** Every text, nested ones too; functions called with plain arguments. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return texts(value("x", "y"));
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(texts);
  return [];
}
