// A release from an empty draft to the answers users get, through the bot as
// an admin uses it: create, fill, preview, undo, publish or discard.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rowCounts } from "../support/row-counts.ts";
import {
  type AdminTestBot,
  adminTestBot,
  expectOnlyIntendedMarkup,
  owner,
  stranger,
} from "./admin-harness.ts";
import { buttonsOf, pressUpdate, textUpdate } from "./harness.ts";

const CREATE =
  "/draf 2024-12-31 | Capaian adminduk Kaltim Desember 2024 | DKP3A Provinsi Kalimantan Timur";

let t: AdminTestBot;
beforeEach(async () => {
  t = await adminTestBot();
});
afterEach(() => expectOnlyIntendedMarkup(t));

/** Sends as the owner; resolves with the text of the last reply. */
async function say(text: string): Promise<string> {
  await t.send(textUpdate(text, { from: owner }));
  return t.lastText();
}

async function press(data: string): Promise<string> {
  await t.send(pressUpdate(data, owner));
  return t.lastText();
}

/** The data of the button labelled `label` on the last message that had buttons. */
function button(label: string): string {
  const withButtons = t.sent("sendMessage").filter((m) => buttonsOf(m).length > 0);
  const found = buttonsOf(withButtons.at(-1)).find((b) => b.text === label);
  if (!found) throw new Error(`no button “${label}” on the last message with buttons`);
  return found.callback_data;
}

/** What a citizen is told. */
async function userAsks(question: string): Promise<string> {
  await t.send(textUpdate(question, { from: stranger }));
  return t.lastText();
}

async function auditActions(): Promise<string[]> {
  const { rows } = await t.client.execute("SELECT action FROM audit_log ORDER BY id");
  return rows.map((row) => String(row.action));
}

describe("a draft", () => {
  it("is created with /draf, shown by /draf alone, and only one is open at a time", async () => {
    expect(await say("/draf")).toContain("Belum ada draf terbuka.");
    expect(await say(CREATE)).toContain(
      "Draf dibuat: #2 “Capaian adminduk Kaltim Desember 2024” (data per 31 Desember 2024)",
    );
    expect(await say("/draf")).toContain("<b>Draf terbuka</b>: #2");
    expect(await say("/draft 2025-01-31 | Lain | Sumber")).toContain("Sudah ada draf terbuka: #2");
    expect(await auditActions()).toEqual(["create_draft"]);
  });

  it("refuses a malformed /draf, naming each problem, and writes nothing", async () => {
    const before = await rowCounts(t.client);
    const reply = await say("/draf 31-31-2024 |  | DKP3A | javascript:alert(1)");
    expect(reply).toContain("tanggal “31-31-2024” tidak terbaca");
    expect(reply).toContain("judul kosong");
    expect(reply).toContain("tautan “javascript:alert(1)” tidak valid");
    expect(reply).toContain("Format: /draf &lt;tanggal data&gt;");
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("escapes what admins type when showing it back", async () => {
    const reply = await say("/draf 2024-12-31 | <b>Judul</b> & co | Sumber <i>");
    expect(reply).toContain("“&lt;b&gt;Judul&lt;/b&gt; &amp; co”");
    expect(await say("/draf")).toContain("Sumber &lt;i&gt;");
  });
});

describe("/ubah", () => {
  it("refuses every kind of bad input, naming the problem and the fix, writing nothing", async () => {
    await say(CREATE);
    const before = await rowCounts(t.client);
    const cases: [string, string][] = [
      ["/ubah ikd xyzzy 5", "wilayah “xyzzy” tidak dikenal"],
      ["/ubah ikd brau 5", "wilayah “brau” tidak dikenal; maksudnya Kabupaten Berau?"],
      ["/ubah ikd kutai 5", "wilayah “kutai” ambigu: Kabupaten Kutai Kartanegara"],
      [
        "/ubah ikx berau 5",
        "indikator “ikx” tidak dikenal (pilih: ktp_el, ktp_el_pemula, kia, ikd, akta_kelahiran)",
      ],
      ["/ubah ikd berau 120", "nilai 120 di luar 0–100"],
      ["/ubah ikd berau -3", "nilai -3 di luar 0–100"],
      ["/ubah ikd berau 1,2,3", "nilai “1,2,3” bukan angka: tulis misalnya 12,5 atau 12.5"],
      ["/ubah ikd berau", "kurang lengkap"],
    ];
    for (const [command, problem] of cases) {
      const reply = await say(command);
      expect(reply).toContain("Tidak ada yang ditulis");
      expect(reply).toContain(problem);
      expect(reply).toContain("Format: /ubah &lt;indikator&gt; &lt;wilayah&gt; &lt;nilai&gt;");
    }
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("without an open draft says how to make one, and writes nothing", async () => {
    const before = await rowCounts(t.client);
    expect(await say("/ubah ikd berau 5")).toContain("Belum ada draf terbuka. Buat dulu: /draf");
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("reads indicators and regions as questions do, with a decimal comma or point", async () => {
    await say(CREATE);
    expect(await say("/ubah ikd berau 2,15")).toContain("IKD Kabupaten Berau <b>2,15%</b>");
    expect(await say("/set KTP-el pemula kota balikpapan 99.9")).toContain(
      "KTP-el pemula Kota Balikpapan <b>99,90%</b>",
    );
    expect(await say("/ubah ikd 64.03 2,25%")).toContain(
      "IKD Kabupaten Berau 2,15% → <b>2,25%</b>",
    );
    const draft = await t.store.drafts.open();
    expect(draft?.observations.map((o) => [o.indicator, o.region, o.value])).toEqual([
      ["ktp_el_pemula", "64.71", 99.9],
      ["ikd", "64.03", 2.25],
    ]);
    expect(await auditActions()).toEqual(["create_draft", "set_value", "set_value", "set_value"]);
  });
});

describe("the other draft commands", () => {
  it("remove values, set targets and edit the description, each audited", async () => {
    await say(CREATE);
    await say("/ubah ikd berau 2,15");
    expect(await say("/hapus ikd berau")).toContain("IKD Kabupaten Berau (2,15%) dihapus");
    expect(await say("/hapus ikd berau")).toContain("IKD Kabupaten Berau tidak ada di draf");
    expect(await say("/target ikd 2025 35")).toContain("target nasional IKD 2025 <b>35,00%</b>");
    expect(await say("/target ikd 20x5 35")).toContain("tahun “20x5” tidak valid");
    expect(await say("/draf_ubah dirilis 8 Januari 2025")).toContain(
      "tanggal rilis (kosong) → 8 Januari 2025",
    );
    expect(await say("/draf_ubah tautan https://example.org/rilis")).toContain(
      "“https://example.org/rilis”",
    );
    expect(await say("/draf_ubah warna biru")).toContain("bagian “warna” tidak dikenal");
    expect(await auditActions()).toEqual([
      "create_draft",
      "set_value",
      "remove_value",
      "set_target",
      "update_draft",
      "update_draft",
    ]);
  });

  it("/urung undoes the last change, one at a time, saying what it undid", async () => {
    await say(CREATE);
    await say("/ubah ikd berau 2,15");
    await say("/ubah ikd berau 3");
    await say("/draf_ubah judul Judul baru");
    expect(await say("/urung")).toContain("Diurungkan: mengubah judul draf #2");
    expect((await t.store.drafts.open())?.release.title).toBe(
      "Capaian adminduk Kaltim Desember 2024",
    );
    expect(await say("/urung")).toContain(
      "Diurungkan: mengubah IKD Kabupaten Berau: 2,15% → 3,00%",
    );
    expect((await t.store.drafts.open())?.observations[0]?.value).toBe(2.15);
    expect(await say("/urung")).toContain("Diurungkan: mengisi IKD Kabupaten Berau: 2,15%");
    expect((await t.store.drafts.open())?.observations).toEqual([]);
    expect(await say("/urung")).toContain("Tidak ada perubahan draf yang bisa diurungkan.");
    expect(await say("/riwayat")).toContain("mengisi IKD Kabupaten Berau: 2,15% (diurungkan)");
  });
});

describe("preview and publication", () => {
  it("previews the draft as users will see it, with what changes, then publishes it", async () => {
    await say(CREATE);
    await say("/ubah ikd kaltim 6,5");
    await say("/ubah ikd berau 1,74");
    await say("/ubah ikd ppu 12");
    await say("/target ikd 2024 35");

    const preview = await say("/pratinjau");
    expect(preview).toContain("<b>Pratinjau</b> #2");
    expect(preview).toContain(
      "<b>IKD Kalimantan Timur</b>: 6,50% dari target nasional 2024 sebesar 35,00%",
    );
    expect(preview).toContain("Sumber: DKP3A Provinsi Kalimantan Timur, data per 31 Desember 2024");
    expect(preview).toContain("• berubah: IKD Kalimantan Timur 4,48% → 6,50%");
    expect(preview).toContain("• berubah: IKD Kabupaten Penajam Paser Utara 10,46% → 12,00%");
    expect(preview).toContain("• target berubah: IKD 2024 30,00% → 35,00%");
    expect(preview).toContain("• tidak berubah: 1 nilai, 0 target");
    const buttons = buttonsOf(t.sent("sendMessage").at(-1));
    // Each button names the draft and the revision previewed.
    expect(buttons.map((b) => [b.text, b.callback_data])).toEqual([
      ["Terbitkan", expect.stringMatching(/^adm:pub:2:\d+$/)],
      ["Buang", expect.stringMatching(/^adm:del:2:\d+$/)],
    ]);
    const publish = button("Terbitkan");

    // Until it is published, users see the data they saw before.
    expect(await userAsks("IKD Kaltim vs target")).toContain(
      "4,48% dari target nasional 2024 sebesar 30,00%",
    );

    expect(await press(publish)).toContain(
      "Diterbitkan: #2 “Capaian adminduk Kaltim Desember 2024”",
    );
    expect(t.lastText()).toContain("3 nilai dan 1 target");
    expect(t.sent("editMessageReplyMarkup")).toHaveLength(1);

    expect(await userAsks("IKD Kaltim vs target")).toContain(
      "6,50% dari target nasional 2024 sebesar 35,00%",
    );
    expect(await userAsks("IKD Berau")).toContain("data per 31 Desember 2024");
    expect(await userAsks("perubahan IKD PPU")).toContain("naik 1,54 poin dari 10,46%");

    // The button of a published draft acts no more.
    const before = await rowCounts(t.client);
    expect(await press(publish)).toContain("Draf itu sudah tidak terbuka");
    expect(await rowCounts(t.client)).toEqual(before);
    expect(await auditActions()).toContain("publish");
  });

  it("/terbitkan and /buang ask first; Batal writes nothing; Buang removes the draft", async () => {
    await say(CREATE);
    expect(await say("/terbitkan")).toContain("Terbitkan #2");
    expect(await press(button("Ya, terbitkan"))).toContain("Draf masih kosong");
    await say("/ubah ikd berau 2");

    expect(await say("/publish")).toContain("Terbitkan #2");
    expect(buttonsOf(t.sent("sendMessage").at(-1)).map((b) => b.text)).toEqual([
      "Ya, terbitkan",
      "Batal",
    ]);
    const before = await rowCounts(t.client);
    expect(await press("adm:no")).toBe("Dibatalkan. Tidak ada yang ditulis.");
    expect(await rowCounts(t.client)).toEqual(before);

    expect(await say("/buang")).toContain("Buang #2");
    expect(await press(button("Ya, buang"))).toContain("Dibuang: #2");
    expect(await t.store.drafts.open()).toBeNull();
    const counts = await rowCounts(t.client);
    expect([counts.releases, counts.observations, counts.targets]).toEqual([1, 12, 2]);
    expect(await userAsks("IKD Berau")).toContain("1,74%");
    expect(await auditActions()).toEqual(["create_draft", "set_value", "discard"]);
  });

  it("will not publish a draft whose source is still to be filled in", async () => {
    await say("/draf 2024-12-31 | Judul | (sumber belum diisi)");
    await say("/ubah ikd berau 2");
    await say("/terbitkan");
    expect(await press(button("Ya, terbitkan"))).toContain("Sumber draf belum diisi");
    await say("/draf_ubah sumber DKP3A Kaltim");
    await say("/terbitkan");
    expect(await press(button("Ya, terbitkan"))).toContain("Diterbitkan");
  });
});

describe("/koreksi", () => {
  it("corrects a published value, records old and new, and answers say it was corrected", async () => {
    const reply = await say("/koreksi ikd berau 1,84 salah ketik di rilis");
    expect(reply).toContain("Dikoreksi: IKD Kabupaten Berau 1,74% → <b>1,84%</b>");
    expect(reply).toContain("alasan: salah ketik di rilis");
    expect(await userAsks("IKD Berau")).toContain(
      "1,84% (terendah di Kalimantan Timur menurut sumber; dikoreksi)",
    );
    const { rows } = await t.client.execute(
      "SELECT actor, action, old_value, new_value, detail FROM audit_log",
    );
    expect(rows.map((r) => ({ ...r }))).toEqual([
      {
        actor: "tg:7001",
        action: "correct",
        old_value: 1.74,
        new_value: 1.84,
        detail: '{"reason":"salah ketik di rilis"}',
      },
    ]);
    expect(await say("/riwayat")).toContain(
      "mengoreksi IKD Kabupaten Berau di rilis #1: 1,74% → 1,84% (salah ketik di rilis)",
    );
  });

  it("refuses a value never published, and bad input, writing nothing", async () => {
    const before = await rowCounts(t.client);
    expect(await say("/koreksi ikd samarinda 5")).toContain(
      "IKD Kota Samarinda belum pernah diterbitkan",
    );
    expect(await say("/koreksi ikd berau 150")).toContain("nilai 150 di luar 0–100");
    expect(await rowCounts(t.client)).toEqual(before);
  });
});
