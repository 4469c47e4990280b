// The indicator catalogue through the bot as admins use it: /indikator_baru
// adds an indicator that /indikator lists and questions understand at once,
// /indikator_ubah describes one; bad input is named and nothing is written.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rowCounts } from "../support/row-counts.ts";
import {
  type AdminTestBot,
  adminTestBot,
  EDITOR_ID,
  editor,
  expectOnlyIntendedMarkup,
  owner,
  stranger,
} from "./admin-harness.ts";
import { buttonsOf, textUpdate } from "./harness.ts";

const NEW_INDICATOR = [
  "/indikator_baru akta_kematian",
  "nama: Kepemilikan akta kematian",
  "name: Death certificate ownership",
  "singkat: Akta kematian",
  "short: death certificates",
  "definisi: Persentase kematian yang dicatat dengan akta kematian.",
  "definition: Share of deaths recorded with a death certificate.",
  "layanan: Penerbitan akta kematian oleh Disdukcapil kabupaten/kota.",
].join("\n");

let t: AdminTestBot;
beforeEach(async () => {
  t = await adminTestBot();
  await t.store.editors.add(EDITOR_ID, "tg:7001");
});
afterEach(() => expectOnlyIntendedMarkup(t));

async function say(text: string, from = owner): Promise<string> {
  await t.send(textUpdate(text, { from }));
  return t.lastText();
}

describe("/indikator_baru", () => {
  it("adds an indicator that /indikator lists and questions understand by its names", async () => {
    const before = await t.engine.ask("akta kematian kaltim", "id");
    expect(before.question.kind).not.toBe("overview");

    expect(await say(NEW_INDICATOR)).toContain("Indikator baru ditambahkan");

    await t.send(textUpdate("/indikator", { from: stranger }));
    const labels = buttonsOf(t.calls.at(-1)?.payload).map((button) => button.text);
    expect(labels).toContain("Akta kematian");

    // Understood by its Indonesian and English names, with no data yet: said so, no number.
    const asked = await t.engine.ask("akta kematian kaltim", "id");
    expect(asked.question).toMatchObject({ indicator: "akta_kematian" });
    const english = await t.engine.ask("death certificates in Berau", "en");
    expect(english.question).toMatchObject({ indicator: "akta_kematian", region: "64.03" });
    const reply = await say("berapa akta kematian di Berau?", stranger);
    expect(reply).toContain("Data Akta kematian untuk Kabupaten Berau belum tersedia");
    expect(reply).not.toMatch(/\d%/);
  });

  it("takes values through a draft like any other indicator", async () => {
    await say(NEW_INDICATOR);
    await say("/draf 2024-12-31 | Akta kematian Desember 2024 | Disdukcapil Kaltim");
    expect(await say("/ubah akta_kematian berau 50,5")).toContain("50,50%");
    const draft = await t.store.drafts.open();
    expect(draft?.observations).toContainEqual(
      expect.objectContaining({ indicator: "akta_kematian", region: "64.03", value: 50.5 }),
    );
  });

  it("records the change in the audit log and bumps the data version", async () => {
    const version = async () =>
      Number(
        (await t.client.execute("SELECT value FROM meta WHERE key = 'data_version'")).rows[0]
          ?.value,
      );
    const first = await version();

    await say(NEW_INDICATOR, editor);

    expect(await version()).toBeGreaterThan(first);
    const { rows } = await t.client.execute(
      "SELECT actor, action, indicator FROM audit_log ORDER BY id DESC LIMIT 1",
    );
    expect(rows[0]).toMatchObject({
      actor: `tg:${EDITOR_ID}`,
      action: "add_indicator",
      indicator: "akta_kematian",
    });
    expect(await say("/riwayat")).toContain("menambah indikator Akta kematian");
  });

  it("names every problem and writes nothing", async () => {
    const before = await rowCounts(t.client);

    const reply = await say("/indikator_baru Akta-Kematian\nnama: IKD\nwarna: merah");

    expect(reply).toContain("Tidak ada yang ditulis");
    expect(reply).toContain("Slug “Akta-Kematian” harus");
    expect(reply).toContain("Baris “warna: merah” tidak terbaca");
    expect(reply).toContain("Baris “name:” wajib diisi");
    expect(reply).toContain("Baris “definisi:” wajib diisi");
    expect(reply).toContain("sudah menjadi nama indikator ikd");
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("refuses a place's name, which questions would read as the place", async () => {
    const before = await rowCounts(t.client);
    const reply = await say(NEW_INDICATOR.replace("singkat: Akta kematian", "singkat: Berau"));
    expect(reply).toContain("“Berau” (singkat:) adalah nama wilayah");
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("refuses a slug that exists and a unit answers cannot show", async () => {
    const before = await rowCounts(t.client);
    const reply = await say(
      NEW_INDICATOR.replace("akta_kematian", "kia").concat("\nsatuan: orang"),
    );
    expect(reply).toContain("Indikator kia sudah ada");
    expect(reply).toContain("Satuan “orang” tidak bisa ditampilkan");
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("shows its format when given nothing", async () => {
    expect(await say("/indikator_baru")).toContain("/indikator_baru &lt;slug&gt;");
  });
});

describe("/indikator_ubah", () => {
  it("changes only the fields given, and the new name is understood", async () => {
    const before = (await t.engine.ask("identitas bocah berau", "id")).question;
    expect(before).not.toMatchObject({ indicator: "kia" });

    expect(await say("/indikator_ubah kia singkat: Identitas bocah")).toContain("Indikator diubah");

    const [kia] = (await t.store.indicators.list()).filter((i) => i.slug === "kia");
    expect(kia).toMatchObject({
      shortId: "Identitas bocah",
      nameEn: "Child Identity Card (KIA) ownership",
    });
    expect((await t.engine.ask("identitas bocah berau", "id")).question).toMatchObject({
      indicator: "kia",
    });
  });

  it("lists the slugs when given nothing, and refuses an unknown one", async () => {
    expect(await say("/indikator_ubah")).toContain("akta_kelahiran — Kepemilikan akta kelahiran");
    const before = await rowCounts(t.client);
    expect(await say("/indikator_ubah akta_nikah\nnama: Akta nikah")).toContain(
      "Tidak ada indikator “akta_nikah”",
    );
    expect(await rowCounts(t.client)).toEqual(before);
  });
});
