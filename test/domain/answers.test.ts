// Answers through the whole engine over the real seeded store: the right
// numbers, in the user's language, with their source and date, and an honest
// "not known" where the store has nothing.

import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { seededStore } from "../support/reference.ts";

let engine: Engine;

beforeAll(async () => {
  engine = createEngine({ facts: (await seededStore()).facts });
});

const ask = async (text: string, lang?: "id" | "en") => (await engine.ask(text, lang)).html;

describe("answers from the seed release", () => {
  it("gives a regency's value with source and data date", async () => {
    const html = await ask("berapa cakupan IKD di Berau?");
    expect(html).toContain("IKD Kabupaten Berau</b>: 1,74%");
    expect(html).toContain("terendah di Kalimantan Timur menurut sumber");
    expect(html).toContain("Sumber: DKP3A Provinsi Kalimantan Timur, data per 13 Juni 2024");
  });

  it("answers in English with English number and date formats", async () => {
    const html = await ask("What is the IKD coverage in Berau?");
    expect(html).toContain("IKD in Kabupaten Berau</b>: 1.74%");
    expect(html).toContain("Source: DKP3A Provinsi Kalimantan Timur, data as of 13 June 2024");
  });

  it("names the lowest regency, saying the source named it from partial data", async () => {
    const html = await ask("kabupaten mana KIA terendah?");
    expect(html).toContain("<b>Kabupaten Kutai Barat</b> — 54,67%");
    expect(html).toContain("2 dari 10 kabupaten/kota");
  });

  it("does not crown a lowest city that partial data cannot show", async () => {
    const html = await ask("kota mana KIA terendah?");
    expect(html).toContain("belum dapat dipastikan");
    expect(html).toContain("1 dari 3 kota");
    expect(html).not.toMatch(/Kota dengan KIA terendah di Kalimantan Timur: <b>/);
  });

  it("ranks the regions with data and says how many of all are covered", async () => {
    const html = await ask("peringkat KIA");
    expect(html.indexOf("Kota Balikpapan")).toBeLessThan(html.indexOf("Kabupaten Kutai Barat"));
    expect(html).toContain("Mencakup 2 dari 10 kabupaten/kota");
  });

  it("reads the province value against the national target, with the gap", async () => {
    expect(await ask("apakah KIA Kaltim sudah mencapai target nasional?")).toContain(
      "72,80% dari target nasional 2024 sebesar 60,00% — sudah tercapai, 12,80 poin persentase di atas target",
    );
    expect(await ask("selisih IKD kaltim dengan target")).toContain(
      "belum tercapai, kurang 25,52 poin persentase",
    );
    expect(await ask("IKD Kaltim vs target", "en")).toContain("25.52 percentage points short");
  });

  it("says plainly when an indicator has no target", async () => {
    expect(await ask("target KTP-el")).toContain("Belum ada target nasional untuk KTP-el");
  });

  it("says a value is missing, naming the release, and shows what is known", async () => {
    const html = await ask("IKD Samarinda");
    expect(html).toContain("Data IKD untuk Kota Samarinda belum tersedia pada rilis 13 Juni 2024.");
    expect(html).toContain("IKD Kalimantan Timur</b>: 4,48%");
  });

  it("says which regions lack a ranking's values, not that the province lacks its own", async () => {
    // In the seed, only two cities have KTP-el values: no regency (kabupaten) has one.
    const html = await ask("ranking kabupaten KTP-el kaltim");
    expect(html).toContain("Data KTP-el kabupaten di Kalimantan Timur belum tersedia pada rilis");
    expect(html).not.toContain("Data KTP-el untuk Kalimantan Timur belum tersedia");
    expect(html).toContain("KTP-el Kalimantan Timur</b>: 98,75%");
    expect(html).toContain("KTP-el Kota Balikpapan</b>: 99,98%");
    const en = await ask("ranking of e-KTP by regency in Kalimantan Timur", "en");
    expect(en).toContain("There is no e-KTP figure for the regencies of Kalimantan Timur");
  });

  it("does not answer 'who has no KIA' with the share who have one, unlabelled", async () => {
    const html = await ask("how many children in Kaltim have no KIA yet?", "en");
    expect(html).toContain("“have no” KIA (what exists: those who have)");
  });

  it("compares provinces when asked which province is highest, not the default province's regencies", async () => {
    const html = await ask("provinsi dengan IKD tertinggi");
    expect(html).toContain(
      "Provinsi dengan IKD tertinggi di Indonesia belum dapat dipastikan: rilis ini hanya memuat 1 dari 38 provinsi.",
    );
    expect(html).toContain("IKD Kalimantan Timur</b>: 4,48%");
    expect(html).not.toContain("Penajam Paser Utara");
    const en = await ask("which province has the highest IKD?", "en");
    expect(en).toContain("The province with the highest IKD in Indonesia cannot be determined");
    const ranking = await ask("ranking provinsi KTP-el");
    expect(ranking).toContain("Peringkat KTP-el provinsi di Indonesia");
    expect(ranking).toContain("Mencakup 1 dari 38 provinsi");
    // A province named: "provinsi" is its prefix, and its regions are what is compared.
    const named = await ask("IKD tertinggi di provinsi kaltim");
    expect(named).toMatch(/^Kabupaten\/kota dengan IKD tertinggi di Kalimantan Timur/);
  });

  it("treats a real place without data as such, not as an unknown word", async () => {
    const html = await ask("IKD Kota Bandung");
    expect(html).toContain("Data IKD untuk Kota Bandung belum tersedia");
    expect(html).not.toContain("belum memahami");
  });

  it("compares two regions, with no invented value for the missing one", async () => {
    const html = await ask("KIA Balikpapan vs Samarinda");
    expect(html).toContain("Kota Balikpapan <b>96,90%</b>");
    expect(html).toContain("Kota Samarinda (belum ada data)");
  });

  it("gives a region's profile with every indicator", async () => {
    const html = await ask("Balikpapan");
    for (const part of [
      "KTP-el: <b>99,98%",
      "KTP-el pemula: <b>99,85%",
      "KIA: <b>96,90%",
      "IKD: belum ada data",
    ]) {
      expect(html).toContain(part);
    }
  });

  it("asks back for an ambiguous place with one choice per candidate", async () => {
    const reply = await engine.ask("IKD Kutai");
    expect(reply.html).toContain("bisa berarti beberapa wilayah");
    expect(reply.choices.map((c) => c.label)).toEqual([
      "Kabupaten Kutai Kartanegara",
      "Kabupaten Kutai Barat",
      "Kabupaten Kutai Timur",
    ]);
    expect(reply.choices[1]?.question).toEqual({
      kind: "value",
      indicator: "ikd",
      region: "64.07",
    });
  });

  it("answers meta questions: indicators, sources, last update", async () => {
    expect(await ask("indikator apa saja?")).toContain("Identitas Kependudukan Digital");
    expect(await ask("sumber data")).toContain(
      "DKP3A Provinsi Kalimantan Timur; data per 13 Juni 2024, dirilis 19 Juni 2024",
    );
    expect(await ask("when was the data last updated?")).toContain("13 June 2024");
  });

  it("says when there is no earlier release to compare with", async () => {
    expect(await ask("perubahan IKD Berau")).toContain("belum ada rilis sebelumnya");
  });

  it("answers an unrelated question with help, never a number", async () => {
    const html = await ask("siapa presiden indonesia?");
    expect(html).toContain("belum memahami");
    expect(html).toContain("Contoh pertanyaan");
    expect(html).not.toMatch(/\d+,\d\d%/);
  });
});

describe("answers across releases", () => {
  it("uses the newest published release, shows the change, and marks corrections", async () => {
    const store = await seededStore();
    await store.client.batch(
      [
        `INSERT INTO releases (id, as_of, presented_on, title, source, status, created_at)
         VALUES (900, '2024-09-30', NULL, 'Q3', 'Disdukcapil Kaltim', 'published', '2024-10-01T00:00:00Z')`,
        `INSERT INTO releases (id, as_of, presented_on, title, source, status, created_at)
         VALUES (901, '2024-12-31', NULL, 'Draft', 'Draft source', 'draft', '2025-01-01T00:00:00Z')`,
        `INSERT INTO observations (release_id, indicator, region_code, value, corrected)
         VALUES (900, 'ikd', '64.03', 2.24, 1), (901, 'ikd', '64.03', 50, 0)`,
      ],
      "write",
    );
    const later = createEngine({ facts: store.facts });
    const html = (await later.ask("perubahan IKD Berau")).html;
    expect(html).toContain("IKD Kabupaten Berau</b>: 2,24% (dikoreksi)");
    expect(html).toContain("naik 0,50 poin dari 1,74% pada rilis 13 Juni 2024");
    expect(html).toContain("Sumber: Disdukcapil Kaltim, data per 30 September 2024");
    expect(html).not.toContain("50,00%");
  });
});
