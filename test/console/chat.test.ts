import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { htmlToPlainText } from "../../src/bot/plain-text.ts";
import { runConsoleChat } from "../../src/console/chat.ts";
import type { Engine } from "../../src/domain/engine.ts";
import type { Lang } from "../../src/domain/types.ts";
import { seededEngine } from "../bot/harness.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await seededEngine();
});

/** Runs the console over the given lines, as piped input or a terminal, and returns what it printed. */
async function chat(lines: string[], interactive = false, defaultLang: Lang = "id") {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  input.end(lines.map((line) => `${line}\n`).join(""));
  await runConsoleChat({ engine, input, output, defaultLang, interactive });
  return printed;
}

describe("the console chat", () => {
  it("answers piped questions as plain text, with nothing else", async () => {
    const question = "kabupaten mana KIA terendah?";
    const printed = await chat([question]);
    expect(printed).toBe(`${htmlToPlainText((await engine.ask(question)).html)}\n\n`);
    expect(printed).toContain("Kabupaten Kutai Barat — 54,67%");
    expect(printed).toContain("Sumber: DKP3A Provinsi Kalimantan Timur, data per 13 Juni 2024");
  });

  it("shows buttons as numbered choices, and a typed number presses one", async () => {
    const printed = await chat(["Kutai", "2"]);
    expect(printed).toContain(
      "Yang mana?\n  1. Kabupaten Kutai Kartanegara\n  2. Kabupaten Kutai Barat\n  3. Kabupaten Kutai Timur\n",
    );
    expect(printed).toContain("Kabupaten Kutai Barat\n• KTP-el: belum ada data");
    expect(printed).toContain("• KIA: 54,67% (terendah di Kalimantan Timur menurut sumber)");
  });

  it("browses from /indikator through a chain of buttons", async () => {
    const printed = await chat(["/indikator", "4", "1"]);
    expect(printed).toContain("  4. IKD");
    expect(printed).toContain("IKD Kalimantan Timur: 4,48%");
    expect(printed).toContain("  1. Peringkat");
    expect(printed).toContain("1. Kabupaten Penajam Paser Utara: 10,46% (tertinggi)");
  });

  it("takes a number without buttons as words", async () => {
    const printed = await chat(["IKD Berau", "7"]);
    expect(printed).toContain("1,74%");
    expect(printed).not.toContain("  7.");
  });

  it("greets and prompts at a terminal, in its language", async () => {
    const printed = await chat(["/bantuan"], true, "en");
    expect(printed.startsWith("Hello!")).toBe(true);
    expect(printed).toContain("  1. What is the IKD coverage in Berau?");
    expect(printed).toContain("(Ctrl+D untuk keluar / to quit)\n> ");
    expect(printed).toContain("Contoh pertanyaan");
    expect(printed.endsWith("> ")).toBe(true);
  });

  it("says that subscriptions and /hapusdata work on Telegram, in the alias's language", async () => {
    const printed = await chat(["/langganan ikd", "/unsubscribe", "/hapusdata"]);
    expect(printed).toContain("/langganan hanya bekerja di Telegram, tidak di chat terminal ini");
    expect(printed).toContain("/unsubscribe works on Telegram only, not in this terminal chat");
    expect(printed).toContain("/hapusdata hanya bekerja di Telegram");
    expect(printed).not.toContain("tidak saya pahami");
  });

  it("answers an example of the greeting below it, and its other examples stay pressable", async () => {
    const printed = await chat(["1", "2"], true, "en");
    // The greeting's first example, then the second one: both answered.
    expect(printed).toContain("IKD in Kabupaten Berau");
    expect(printed).toContain("Kabupaten Kutai Barat");
  });
});
