import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/domain/engine.ts";
import { seededEngine, testBot, textUpdate, user } from "./harness.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await seededEngine();
});

async function replyTo(text: string, languageCode: string): Promise<string> {
  const t = testBot(engine);
  await t.send(textUpdate(text, { from: user(languageCode) }));
  return String(t.sent("sendMessage")[0]?.text);
}

describe("the reply language", () => {
  it("follows English words, whatever the app language", async () => {
    const text = await replyTo("What is the IKD coverage in Berau?", "id");
    expect(text).toContain("IKD in Kabupaten Berau</b>: 1.74%");
  });

  it("follows an English app when the words say nothing", async () => {
    expect(await replyTo("IKD Berau", "en")).toContain("1.74%");
    expect(await replyTo("IKD Berau", "en-GB")).toContain("Source:");
    expect(await replyTo("IKD Berau", "de")).toContain("1,74%");
  });

  it("follows Indonesian words over an English app", async () => {
    expect(await replyTo("berapa cakupan IKD di Berau?", "en")).toContain("1,74%");
  });

  it("follows the language of the command alias", async () => {
    expect(await replyTo("/help", "id")).toContain("Example questions");
    expect(await replyTo("/bantuan", "en")).toContain("Contoh pertanyaan");
  });

  it("greets in the app language", async () => {
    expect(await replyTo("/start", "en")).toContain("Hello!");
    expect(await replyTo("/start", "id")).toContain("Halo!");
  });
});
