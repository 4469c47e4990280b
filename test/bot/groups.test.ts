import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/domain/engine.ts";
import { BOT_USERNAME, botMessage, seededEngine, testBot, textUpdate } from "./harness.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await seededEngine();
});

const inGroup = { chat: "group" } as const;

describe("a group", () => {
  it("stays silent on messages not meant for the bot", async () => {
    const t = testBot(engine);
    await t.send(
      textUpdate("IKD Berau naik ya?", inGroup),
      textUpdate("@someone_else IKD Berau", inGroup),
      textUpdate("/tanya@other_bot IKD Berau", inGroup),
      textUpdate("setuju", {
        ...inGroup,
        replyTo: { ...botMessage("x"), from: { id: 1, is_bot: false, first_name: "Budi" } },
      }),
    );
    expect(t.calls).toEqual([]);
  });

  it("answers a mention, without the mention, as a reply to the asking message", async () => {
    const t = testBot(engine);
    const asking = textUpdate(`@${BOT_USERNAME} IKD Berau`, { chat: "supergroup" });
    await t.send(asking);
    const [reply] = t.sent("sendMessage");
    expect(reply?.text).toContain("IKD Kabupaten Berau</b>: 1,74%");
    expect(reply?.reply_parameters).toMatchObject({ message_id: asking.message?.message_id });
  });

  it("answers /tanya, with and without the bot's name", async () => {
    const t = testBot(engine);
    await t.send(
      textUpdate("/tanya IKD Berau", inGroup),
      textUpdate(`/tanya@${BOT_USERNAME} kabupaten mana KIA terendah?`, inGroup),
    );
    const [first, second] = t.sent("sendMessage");
    expect(first?.text).toContain("1,74%");
    expect(second?.text).toContain("Kabupaten Kutai Barat</b> — 54,67%");
    expect(first?.reply_parameters).toBeDefined();
  });

  it("answers a reply to one of its own messages", async () => {
    const t = testBot(engine);
    await t.send(textUpdate("kalau IKD Berau?", { ...inGroup, replyTo: botMessage("...") }));
    expect(t.sent("sendMessage")[0]?.text).toContain("1,74%");
  });

  it("answers the menu's commands as replies, as the README's table says", async () => {
    const t = testBot(engine);
    const asked = ["/start", "/indikator", "/wilayah", "/sumber", "/bantuan"].map((command) =>
      textUpdate(command, inGroup),
    );
    await t.send(...asked);
    const replies = t.sent("sendMessage");
    expect(replies).toHaveLength(asked.length);
    for (const [i, reply] of replies.entries()) {
      expect(reply.reply_parameters).toMatchObject({ message_id: asked[i]?.message?.message_id });
    }
    expect(replies[0]?.text).toContain("Tanya Adminduk");
    expect(replies[1]?.text).toContain("IKD");
  });

  it("stays silent on photos and stickers, which are other people's conversation", async () => {
    const t = testBot(engine);
    const group = textUpdate("x", inGroup).message;
    if (!group) throw new Error("no message");
    const { text: _text, ...withoutText } = group;
    await t.send({
      update_id: 9001,
      message: {
        ...withoutText,
        photo: [{ file_id: "f", file_unique_id: "u", width: 9, height: 9 }],
      },
    });
    expect(t.calls).toEqual([]);
  });
});
