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

  it("greets on /start with the example questions as buttons that answer them in new messages", async () => {
    const t = testBot(engine);
    await t.send(textUpdate("/start"));
    const [greeting] = t.sent("sendMessage");
    expect(greeting?.text).toContain("Tanya Adminduk");
    const buttons = buttonsOf(greeting);
    expect(buttons.map((b) => b.text)).toEqual(EXAMPLES.id);
    for (const { callback_data } of buttons) {
      expect(new TextEncoder().encode(callback_data).length).toBeLessThanOrEqual(64);
    }

    // Each press answers below the greeting, which stays as it was, every example still there.
    await t.send(pressUpdate(buttons[1]?.callback_data as string));
    await t.send(pressUpdate(buttons[0]?.callback_data as string));
    const [, lowestKia, berau] = t.sent("sendMessage");
    expect(lowestKia).toMatchObject({ chat_id: USER_ID, parse_mode: "HTML" });
    expect(lowestKia?.text).toContain("Kabupaten Kutai Barat");
    expect(lowestKia?.text).toContain("54,67%");
    expect(berau?.text).toContain("1,74%");
    expect(t.sent("editMessageText")).toEqual([]);
    expect(t.sent("editMessageReplyMarkup")).toEqual([]);
    expect(t.sent("answerCallbackQuery")).toHaveLength(2);
  });

  it("says what it reads when sent a photo, a sticker, a voice message or a file", async () => {
    const t = testBot(engine);
    const from = { id: USER_ID, is_bot: false, first_name: "Rina", language_code: "id" };
    const chat = { id: USER_ID, type: "private" as const, first_name: "Rina" };
    const base = { date: 1_718_000_000, chat, from };
    const file = { file_id: "f", file_unique_id: "u" };
    await t.send(
      {
        update_id: 1,
        message: { ...base, message_id: 1, photo: [{ ...file, width: 9, height: 9 }] },
      },
      {
        update_id: 2,
        message: {
          ...base,
          message_id: 2,
          sticker: {
            ...file,
            type: "regular",
            width: 9,
            height: 9,
            is_animated: false,
            is_video: false,
          },
        },
      },
      { update_id: 3, message: { ...base, message_id: 3, voice: { ...file, duration: 2 } } },
      {
        update_id: 4,
        message: { ...base, message_id: 4, document: { ...file, file_name: "a.pdf" } },
      },
    );
    const replies = t.sent("sendMessage").map((m) => m.text);
    expect(replies).toHaveLength(4);
    for (const reply of replies) expect(reply).toContain("Saya hanya membaca pesan teks");
    expect(t.calls.map((c) => c.method)).not.toContain("getFile");
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
