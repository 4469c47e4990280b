import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/domain/engine.ts";
import { buttonsOf, pressUpdate, seededEngine, testBot, textUpdate, user } from "./harness.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await seededEngine();
});

/** The callback_data of the button labelled `label` in a captured message. */
function button(payload: Record<string, unknown> | undefined, label: string): string {
  const found = buttonsOf(payload).find((b) => b.text === label);
  if (!found) throw new Error(`no button ${label}: ${JSON.stringify(buttonsOf(payload))}`);
  return found.callback_data;
}

describe("browsing with buttons", () => {
  it("goes from /indikator to an overview and its ranking, editing one message", async () => {
    const t = testBot(engine);
    await t.send(textUpdate("/indikator"));
    const [list] = t.sent("sendMessage");
    expect(buttonsOf(list).map((b) => b.text)).toEqual([
      "KTP-el",
      "KTP-el pemula",
      "KIA",
      "IKD",
      "Akta kelahiran",
    ]);

    await t.send(pressUpdate(button(list, "IKD")));
    const [overview] = t.sent("editMessageText");
    expect(overview).toMatchObject({ message_id: 77, parse_mode: "HTML" });
    expect(overview?.text).toContain("IKD Kalimantan Timur</b>: 4,48%");
    expect(overview?.text).toContain("Tertinggi: <b>Kabupaten Penajam Paser Utara</b>");
    expect(overview?.text).toContain("Terendah: <b>Kabupaten Berau</b>");
    expect(buttonsOf(overview).map((b) => b.text)).toEqual(["Peringkat", "« Semua indikator"]);

    await t.send(pressUpdate(button(overview, "Peringkat")));
    const ranking = t.sent("editMessageText")[1];
    expect(ranking?.text).toContain("1. Kabupaten Penajam Paser Utara: <b>10,46%</b>");

    await t.send(pressUpdate(button(ranking, "« Semua indikator")));
    expect(t.sent("editMessageText")[2]?.text).toContain("Indikator yang tersedia");
    expect(t.sent("sendMessage")).toHaveLength(1);
    expect(t.sent("answerCallbackQuery")).toHaveLength(3);
  });

  it("goes from /wilayah to a region's profile and back", async () => {
    const t = testBot(engine);
    await t.send(textUpdate("/wilayah"));
    const [list] = t.sent("sendMessage");
    expect(buttonsOf(list)).toHaveLength(10);

    await t.send(pressUpdate(button(list, "Kabupaten Berau")));
    const [profile] = t.sent("editMessageText");
    expect(profile?.text).toContain("<b>Kabupaten Berau</b>");
    expect(profile?.text).toContain("IKD: <b>1,74%</b>");

    await t.send(pressUpdate(button(profile, "« Semua wilayah")));
    expect(t.sent("editMessageText")[1]?.text).toContain("10 kabupaten/kota di Kalimantan Timur");
  });

  it("labels buttons in the language of the conversation", async () => {
    const t = testBot(engine);
    await t.send(textUpdate("/indicators"));
    const [list] = t.sent("sendMessage");
    expect(list?.text).toContain("Available indicators");
    expect(buttonsOf(list).map((b) => b.text)).toContain("e-KTP");

    await t.send(pressUpdate(button(list, "IKD")));
    const [overview] = t.sent("editMessageText");
    expect(overview?.text).toContain("4.48%");
    expect(buttonsOf(overview).map((b) => b.text)).toEqual(["Ranking", "« All indicators"]);
  });

  it("asks which place is meant and answers for the one picked", async () => {
    const t = testBot(engine);
    await t.send(textUpdate("KIA Kutai"));
    const [question] = t.sent("sendMessage");
    expect(buttonsOf(question).map((b) => b.text)).toEqual([
      "Kabupaten Kutai Kartanegara",
      "Kabupaten Kutai Barat",
      "Kabupaten Kutai Timur",
    ]);

    await t.send(pressUpdate(button(question, "Kabupaten Kutai Barat")));
    const [answer] = t.sent("editMessageText");
    expect(answer?.text).toContain("KIA Kabupaten Kutai Barat</b>: 54,67%");
    expect(answer?.reply_markup).toBeUndefined();
  });

  it("keeps answering in the language the question was asked in", async () => {
    const t = testBot(engine);
    // Indonesian words, an English app: the words win, and the button keeps that language.
    await t.send(textUpdate("berapa KIA di Kutai?", { from: user("en") }));
    const [question] = t.sent("sendMessage");
    expect(question?.text).toContain("Yang mana?");
    await t.send(pressUpdate(button(question, "Kabupaten Kutai Barat"), user("en")));
    expect(t.sent("editMessageText")[0]?.text).toContain("54,67%");
  });

  it("answers stale or forged buttons with a notice and nothing else", async () => {
    const t = testBot(engine);
    await t.send(pressUpdate("q:id:v.ikd.64-99x"), pressUpdate("q:fr:h"), pressUpdate("hapus"));
    expect(t.calls.map((c) => c.method)).toEqual([
      "answerCallbackQuery",
      "answerCallbackQuery",
      "answerCallbackQuery",
    ]);
    expect(t.sent("answerCallbackQuery")[0]?.text).toContain("tidak berlaku");
  });

  it("takes a second press of the same button calmly", async () => {
    const t = testBot(engine);
    t.bot.api.config.use(async (prev, method, payload, signal) =>
      method === "editMessageText"
        ? {
            ok: false,
            error_code: 400,
            description:
              "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
          }
        : prev(method, payload, signal),
    );
    await t.send(pressUpdate("q:id:i"));
    expect(t.errors).toEqual([]);
    expect(t.sent("answerCallbackQuery")).toEqual([{ callback_query_id: expect.any(String) }]);
  });
});
