// Imports through the bot: a CSV sent as a document, a press release pasted,
// forwarded or given to /impor. All or nothing: a file with one bad line is
// reported line by line and writes nothing; a good one waits for a button.

import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rowCounts } from "../support/row-counts.ts";
import { serveTelegramFiles, type TelegramFiles } from "../support/telegram-files.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import {
  type AdminTestBot,
  adminTestBot,
  documentUpdate,
  EDITOR_ID,
  editor,
  expectOnlyIntendedMarkup,
  forwarded,
  owner,
  stranger,
} from "./admin-harness.ts";
import { buttonsOf, pressUpdate, textUpdate } from "./harness.ts";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const SEED_ARTICLE = read("../../data/releases/2024-06-13-dkp3a-kaltim.txt");
const SEED_RELEASE = JSON.parse(read("../../data/releases/2024-06-13-dkp3a-kaltim.json"));

let files: TelegramFiles;
let t: AdminTestBot;
beforeEach(async () => {
  files = await serveTelegramFiles(TEST_BOT_TOKEN);
  t = await adminTestBot({ apiRoot: files.apiRoot });
  files.install(t.bot);
  await t.store.editors.add(EDITOR_ID, "tg:7001");
});
afterEach(() => expectOnlyIntendedMarkup(t));
afterEach(() => files.close());

async function sendFile(name: string, content: string): Promise<string> {
  await t.send(documentUpdate(files.add(name, content), owner));
  return t.lastText();
}

async function say(text: string): Promise<string> {
  await t.send(textUpdate(text, { from: owner }));
  return t.lastText();
}

/** Presses the first button under the last message; resolves with the reply. */
async function pressFirstButton(from = owner): Promise<string> {
  const [button] = buttonsOf(t.sent("sendMessage").at(-1));
  if (!button) throw new Error("no button to press");
  await t.send(pressUpdate(button.callback_data, from));
  return t.lastText();
}

describe("a CSV document", () => {
  it("is read, shown, and written into the open draft when confirmed", async () => {
    await say("/draf 2024-12-31 | Desember | DKP3A Provinsi Kalimantan Timur");
    const summary = await sendFile(
      "desember.csv",
      "wilayah;indikator;nilai\nBerau;IKD;2,5\n64.72;kia;61\nkukar;KTP-el pemula;70,25\n",
    );
    expect(summary).toContain("<b>Terbaca dari CSV</b>\n3 nilai:");
    expect(summary).toContain("• IKD Kabupaten Berau: 2,50%");
    expect(summary).toContain("Tekan “Masukkan ke draf” untuk menulisnya ke #2");
    expect(t.calls.map((c) => c.method)).toContain("getFile");

    expect(await pressFirstButton()).toContain("Masuk ke #2 “Desember”");
    const draft = await t.store.drafts.open();
    expect(draft?.observations.map((o) => [o.indicator, o.region, o.value])).toEqual([
      ["ktp_el_pemula", "64.02", 70.25],
      ["kia", "64.72", 61],
      ["ikd", "64.03", 2.5],
    ]);
    expect(await say("/urung")).toContain("Diurungkan: mengimpor 3 nilai dan 0 target");
    expect((await t.store.drafts.open())?.observations).toEqual([]);
  });

  it("with one bad line in 500 writes nothing and names the line", async () => {
    await say("/draf 2024-12-31 | Desember | DKP3A");
    const { reference } = await t.engine.lexicon();
    const regions = reference.regions.filter((r) => r.level !== "province").slice(0, 500);
    const lines = regions.map((r, i) => `${r.code};ikd;${i === 321 ? "1O,5" : (i % 100) + 0.5}`);
    const before = await rowCounts(t.client);

    const reply = await sendFile("semua.csv", lines.join("\n"));

    expect(reply).toContain("Tidak ada yang ditulis: 1 masalah.");
    expect(reply).toContain(`• baris 322 “${lines[321]}”: nilai “1O,5” bukan angka`);
    expect(buttonsOf(t.sent("sendMessage").at(-1))).toEqual([]);
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("reports every bad line with its number", async () => {
    const reply = await sendFile(
      "salah.csv",
      "64.03,ikd,1.74\nKutai,ikd,5\nbrau,ikd,5\n64.71,xyz,5\n64.72,kia,120",
    );
    expect(reply).toContain("Tidak ada yang ditulis: 4 masalah.");
    expect(reply).toContain("• baris 2 “Kutai,ikd,5”: wilayah “Kutai” ambigu");
    expect(reply).toContain(
      "• baris 3 “brau,ikd,5”: wilayah “brau” tidak dikenal; maksudnya Kabupaten Berau?",
    );
    expect(reply).toContain("• baris 4 “64.71,xyz,5”: indikator “xyz” tidak dikenal");
    expect(reply).toContain("• baris 5 “64.72,kia,120”: nilai 120 di luar 0–100");
  });

  it("waits for a draft when there is none, then goes in once there is one", async () => {
    expect(await sendFile("nilai.csv", "64.03;ikd;2,5")).toContain(
      "Belum ada draf terbuka: buat dulu dengan /draf &lt;tanggal data&gt;",
    );
    const before = await rowCounts(t.client);
    expect(await pressFirstButton()).toContain("Belum ada draf terbuka. Buat dulu dengan /draf");
    expect(await rowCounts(t.client)).toEqual(before);

    await say("/draf 2024-12-31 | Desember | DKP3A");
    const [button] = buttonsOf(t.sent("sendMessage").at(-3));
    await t.send(pressUpdate(button?.callback_data ?? "", owner));
    expect(t.lastText()).toContain("Masuk ke #2");
    // The button acts once.
    await t.send(pressUpdate(button?.callback_data ?? "", owner));
    expect(t.sent("answerCallbackQuery").at(-1)?.text).toBe("Tombol ini sudah tidak berlaku.");
  });

  it("is refused when too large or of another kind, before it is downloaded", async () => {
    const big = {
      file_id: "big",
      file_unique_id: "ubig",
      file_name: "besar.csv",
      file_size: 2_000_000,
    };
    await t.send(documentUpdate(big, owner));
    expect(t.lastText()).toBe(
      "Berkas terlalu besar: paling banyak 1000 kB. Tidak ada yang ditulis.",
    );
    expect(await sendFile("tabel.xlsx", "PK…")).toContain("Kirim berkas .csv");
    expect(t.calls.map((c) => c.method)).not.toContain("getFile");
  });

  it("confirmed is the sender's alone: another admin's press finds nothing", async () => {
    await say("/draf 2024-12-31 | Desember | DKP3A");
    await sendFile("nilai.csv", "64.03;ikd;2,5");
    const before = await rowCounts(t.client);
    await pressFirstButton(editor);
    expect(t.sent("answerCallbackQuery").at(-1)?.text).toBe("Tombol ini sudah tidak berlaku.");
    expect(await rowCounts(t.client)).toEqual(before);
  });
});

describe("a press release", () => {
  it("pasted by an admin becomes, on one button, a draft of exactly the seed figures", async () => {
    const summary = await say(SEED_ARTICLE);
    expect(summary).toContain("<b>Terbaca dari rilis pers</b>");
    expect(summary).toContain("Data per: 13 Juni 2024; dirilis: 19 Juni 2024");
    expect(summary).toContain("Sumber: DKP3A Provinsi Kalimantan Timur");
    expect(summary).toContain("• IKD Kabupaten Berau: 1,74% (terendah menurut sumber)");
    expect(summary).toContain("• KIA 2024 (nasional): 60,00%");
    // Each value with the sentence it was read from, escaped, for the admin to check at a glance.
    expect(summary).toContain(
      "• IKD Kalimantan Timur: 4,48%\n  <i>“Provinsi Kaltim baru mencapai 4,48 persen dari target 30 persen.”</i>",
    );
    expect(buttonsOf(t.sent("sendMessage").at(-1)).map((b) => b.text)).toEqual([
      "Buat draf",
      "Batal",
    ]);

    expect(await pressFirstButton()).toContain("Masuk ke #2 “Data adminduk per 13 Juni 2024”");
    const draft = await t.store.drafts.open();
    expect(draft?.release).toMatchObject({
      asOf: "2024-06-13",
      presentedOn: "2024-06-19",
      source: "DKP3A Provinsi Kalimantan Timur",
      status: "draft",
    });
    const figures = (
      rows: {
        indicator: string;
        region?: string;
        regionCode?: string;
        value: number;
        sourceRank?: string | null;
      }[],
    ) =>
      rows
        .map((o) => `${o.indicator} ${o.region ?? o.regionCode} ${o.value} ${o.sourceRank ?? "-"}`)
        .sort();
    expect(figures(draft?.observations ?? [])).toEqual(figures(SEED_RELEASE.observations));
    expect(
      draft?.targets.map(({ indicator, year, value }) => ({ indicator, year, value })),
    ).toEqual([
      { indicator: "kia", year: 2024, value: 60 },
      { indicator: "ikd", year: 2024, value: 30 },
    ]);
    const evidence = await t.client.execute(
      "SELECT evidence FROM observations WHERE release_id = ? AND indicator = 'ikd' AND region_code = '64.03'",
      [draft?.release.id ?? 0],
    );
    expect(evidence.rows[0]?.evidence).toContain("Kabupaten Berau mencatatkan yang terendah");
    const { rows } = await t.client.execute(
      "SELECT action, COUNT(*) AS n FROM audit_log GROUP BY action ORDER BY action",
    );
    expect(rows.map((r) => [r.action, r.n])).toEqual([
      ["add_editor", 1],
      ["create_draft", 1],
      ["import", 14],
    ]);
  });

  it("lists the figures it did not import, with why, and keeps the data date's precision", async () => {
    const article = read("../fixtures/press-releases/riau-list-2023-s1.txt");
    const summary = await say(`/impor ${article}`);
    expect(summary).toContain("Tidak diimpor (1):\n• 4,88%: sisa yang belum (komplemen)");
    expect(summary).toContain("• KTP-el Kota Dumai: 101,30%");
    expect(await pressFirstButton()).toContain("Masuk ke #2 “Data adminduk semester I 2023”");
    expect((await t.store.drafts.open())?.release).toMatchObject({
      asOf: "2023-06-30",
      asOfPrecision: "semester",
    });
  });

  it("forwarded by an admin is offered for import; /impor takes one too", async () => {
    await t.send(forwarded(textUpdate(SEED_ARTICLE, { from: editor }), stranger));
    expect(t.lastText()).toContain("<b>Terbaca dari rilis pers</b>");
    expect(await say(`/impor ${SEED_ARTICLE}`)).toContain("12 nilai:");
    expect(await say("/impor")).toContain("/impor &lt;teks rilis pers&gt;");
  });

  it("says which sentences it could not use, and without a date waits for a draft", async () => {
    const article = read("../fixtures/press-releases/kaltim-2024-09-30.txt").replace(
      /\d{1,2} September 2024/g,
      "akhir triwulan",
    );
    const summary = await say(`/impor ${article}`);
    expect(summary).toContain("Data per: tidak terbaca");
    expect(summary).toContain("Kalimat yang tidak terpakai:\n• kalimat 6");
    expect(summary).toContain("indikatornya tidak disebut");
    expect(summary).toContain("Belum ada draf terbuka: buat dulu");
    expect(buttonsOf(t.sent("sendMessage").at(-1)).map((b) => b.text)).toEqual([
      "Masukkan ke draf",
      "Batal",
    ]);
  });

  it("goes into the open draft when there is one, noting a different data date", async () => {
    await say("/draf 2024-12-31 | Desember | DKP3A");
    const summary = await say(SEED_ARTICLE);
    expect(summary).toContain("Tekan “Masukkan ke draf” untuk menulisnya ke #2");
    expect(summary).toContain(
      "Catatan: teks ini berisi data per 13 Juni 2024, draf per 31 Desember 2024.",
    );
    await pressFirstButton();
    expect((await t.store.drafts.open())?.observations).toHaveLength(12);
  });

  it("cancelled writes nothing and its button is spent", async () => {
    await say(SEED_ARTICLE);
    const [confirm, cancel] = buttonsOf(t.sent("sendMessage").at(-1));
    await t.send(pressUpdate(cancel?.callback_data ?? "", owner));
    expect(t.lastText()).toBe("Dibatalkan. Tidak ada yang ditulis.");
    const before = await rowCounts(t.client);
    await t.send(pressUpdate(confirm?.callback_data ?? "", owner));
    expect(t.sent("answerCallbackQuery").at(-1)?.text).toBe("Tombol ini sudah tidak berlaku.");
    expect(await rowCounts(t.client)).toEqual(before);
    expect(before.pending_imports).toBe(0);
  });
});
