import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/domain/engine.ts";
import { EXAMPLES } from "../../src/domain/messages/messages.ts";
import { buttonsOf, pressUpdate, seededEngine, testBot, textUpdate, USER_ID } from "./harness.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await seededEngine();
});

/** Tags the renderer uses; anything else in a reply would be user text gone raw. */
const ONLY_RENDERER_TAGS = /<(?!\/?(b|i|a)[\s>])/;

describe("a private chat", () => {
  it("answers any text as a question, in HTML, with the source", async () => {
    const t = testBot(engine);
    await t.send(textUpdate("IKD Berau"));
    expect(t.calls.map((c) => c.method)).toEqual(["sendMessage"]);
    const [message] = t.sent("sendMessage");
    expect(message).toMatchObject({ chat_id: USER_ID, parse_mode: "HTML" });
    expect(message?.text).toContain("<b>IKD Kabupaten Berau</b>: 1,74%");
    expect(message?.text).toContain("DKP3A");
    expect(message?.text).toContain("13 Juni 2024");
    expect(message?.reply_markup).toBeUndefined();
    expect(message?.reply_parameters).toBeUndefined();
  });

  it("greets on /start with the example questions as buttons that answer them", async () => {
    const t = testBot(engine);
    await t.send(textUpdate("/start"));
    const [greeting] = t.sent("sendMessage");
    expect(greeting?.text).toContain("Tanya Adminduk");
    const buttons = buttonsOf(greeting);
    expect(buttons.map((b) => b.text)).toEqual(EXAMPLES.id);
    for (const { callback_data } of buttons) {
      expect(new TextEncoder().encode(callback_data).length).toBeLessThanOrEqual(64);
    }

    const lowestKia = buttons[1]?.callback_data as string;
    await t.send(pressUpdate(lowestKia));
    const [edit] = t.sent("editMessageText");
    expect(edit).toMatchObject({ chat_id: USER_ID, message_id: 77, parse_mode: "HTML" });
    expect(edit?.text).toContain("Kabupaten Kutai Barat");
    expect(edit?.text).toContain("54,67%");
  });

  it("answers the question of a deep link: /start ikd_berau", async () => {
    const t = testBot(engine);
    await t.send(textUpdate("/start ikd_berau"), textUpdate("/start kia-kutai-barat"));
    const [ikd, kia] = t.sent("sendMessage");
    expect(ikd?.text).toContain("IKD Kabupaten Berau</b>: 1,74%");
    expect(kia?.text).toContain("KIA Kabupaten Kutai Barat</b>: 54,67%");
  });

  it("answers the menu commands", async () => {
    const t = testBot(engine);
    await t.send(textUpdate("/bantuan"), textUpdate("/sumber"), textUpdate("/tanya IKD Berau"));
    const [help, sources, asked] = t.sent("sendMessage").map((m) => m.text);
    expect(help).toContain("Contoh pertanyaan");
    expect(sources).toContain("DKP3A Provinsi Kalimantan Timur");
    expect(asked).toContain("1,74%");
  });

  it("never lets user text into the reply as markup", async () => {
    const t = testBot(engine);
    const hostile = [
      "<script>alert(1)</script>",
      "<b>IKD</b> <i>Kutai</i>",
      'IKD <a href="javascript:x">Berau</a> &amp; <',
    ];
    for (const text of hostile) await t.send(textUpdate(text));
    const texts = t.sent("sendMessage").map((m) => String(m.text));
    expect(texts).toHaveLength(hostile.length);
    for (const text of texts) {
      expect(text).not.toMatch(ONLY_RENDERER_TAGS);
      expect(text).not.toContain("javascript:");
    }
  });
});
