// The published history in data/releases/, as `npm start` seeds it: the first
// DKP3A release (13 June 2024) and three Kalimantan Timur releases read from
// news articles that state a data date (15 April 2022, October 2024,
// 12 November 2024). Time questions and changes are answered from them, each
// number with its own release's date and source.

import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { EVERY_RELEASE, seededStore } from "../support/reference.ts";

const TODAY = "2026-11-30";
const NOVEMBER = "data per 12 November 2024";
const OCTOBER = "data per Oktober 2024";
const JUNE = "data per 13 Juni 2024";
const APRIL_2022 = "data per 15 April 2022";

let engine: Engine;
beforeAll(async () => {
  const { facts } = await seededStore(EVERY_RELEASE);
  engine = createEngine({ facts, today: () => TODAY });
});

/** The reply as the user reads it: bold and italics left out. */
async function reply(text: string): Promise<string> {
  return (await engine.ask(text, "id")).html.replace(/<\/?[bi]>/g, "");
}

describe("the Kalimantan Timur history releases", () => {
  it("answer a province value from the newest release that states it", async () => {
    const kia = await reply("KIA Kaltim");
    expect(kia).toContain("76,17%");
    expect(kia).toContain("912.264 orang");
    expect(kia).toContain(
      `Cakrawala Kaltim (mengutip DKP3A Provinsi Kalimantan Timur), ${NOVEMBER}`,
    );
    expect(kia).not.toContain("72,80%");

    const akta = await reply("akta kelahiran Kaltim");
    expect(akta).toContain("99,00%");
    expect(akta).toContain(NOVEMBER);
    expect(akta).not.toContain("98,09%");
  });

  it("read a target as it stood at the time asked about, never one stated later", async () => {
    // Only the 12 November 2024 release states the KTP-el target (99,40%).
    expect(await reply("KTP-el Kaltim")).toContain("99,40%");
    const october = await reply("KTP-el Kaltim Oktober 2024");
    expect(october).toContain("99,54%");
    expect(october).toContain(OCTOBER);
    expect(october).not.toContain("99,40%");
    expect(october).not.toContain(NOVEMBER);
    // The June release states the KIA target itself, and is cited for it.
    const june = await reply("KIA Kaltim Juni 2024");
    expect(june).toContain("72,80% dari target nasional 2024 sebesar 60,00%");
    expect(june).toContain(JUNE);
    expect(june).not.toContain(NOVEMBER);
  });

  it("say a region no release covers, then what the data held at the time asked", async () => {
    const nation = await reply("persentase akta kelahiran nasional 2022");
    expect(nation).toContain(
      "Data Akta kelahiran untuk Indonesia belum tersedia pada rilis 15 April 2022",
    );
    expect(nation).toContain("Akta kelahiran Kalimantan Timur: 98,09%");
    expect(nation).toContain(APRIL_2022);
    // The time was met by the data held then: not said to be missing.
    expect(nation).not.toContain("untuk 2022 tidak tersedia");
    expect(nation).not.toContain(NOVEMBER);
  });

  it("list the first n from one end when every region is known, numbered", async () => {
    const cities = await reply("3 kota dengan akta kelahiran terendah tahun 2022");
    expect(cities).toContain("3 kota dengan Akta kelahiran terendah di Kalimantan Timur:");
    expect(cities).toMatch(
      /1\. Kota Samarinda: 98,78%.*\n2\. Kota Bontang: 98,91%.*\n3\. Kota Balikpapan: 99,67%/,
    );
    // Six of ten regencies and cities: the top three of all cannot be known.
    const all = await reply("3 teratas akta kelahiran 2022");
    expect(all).toContain("belum dapat dipastikan: rilis ini hanya memuat 6 dari 10");
    expect(all).not.toMatch(/^1\. /m);
  });

  it("answer a change from the previous release, naming both dates", async () => {
    const kia = await reply("perubahan KIA Kaltim");
    expect(kia).toContain("76,17%");
    expect(kia).toContain("naik 3,37 poin dari 72,80% pada rilis 13 Juni 2024");
    expect(kia).toContain(NOVEMBER);
    expect(kia).toContain(JUNE);

    const akta = await reply("perubahan akta kelahiran Kaltim");
    expect(akta).toContain("naik 0,91 poin dari 98,09% pada rilis 15 April 2022");
    expect(akta).toContain(
      `ANTARA Kalimantan Timur (mengutip DKP3A Provinsi Kalimantan Timur), ${APRIL_2022}`,
    );

    const ktp = await reply("perubahan KTP-el Kaltim");
    expect(ktp).toContain("naik 0,11 poin dari 99,54% pada rilis Oktober 2024");
    expect(ktp).toContain(OCTOBER);
  });

  it("list a series from release to release, oldest first, each value with its date", async () => {
    const ktp = await reply("KTP-el Kaltim sejak 2022");
    const lines = ["13 Juni 2024: 98,75%", "Oktober 2024: 99,54%", "12 November 2024: 99,65%"];
    const positions = lines.map((line) => ktp.indexOf(line));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const date of [NOVEMBER, OCTOBER, JUNE]) expect(ktp).toContain(date);
  });

  it("answer a period from the release that covers it, not the newest", async () => {
    const june = await reply("KIA Kaltim Juni 2024");
    expect(june).toContain("72,80%");
    expect(june).toContain(JUNE);
    expect(june).not.toContain("76,17%");

    const april = await reply("akta kelahiran Kaltim 2022");
    expect(april).toContain("98,09%");
    expect(april).toContain("1.218.142 orang");
    expect(april).toContain(APRIL_2022);
    expect(april).not.toContain("99,00%");

    const october = await reply("KTP-el Kaltim Oktober 2024");
    expect(october).toContain("99,54%");
    expect(october).toContain(OCTOBER);
    expect(october).not.toContain("99,65%");
  });

  it("answer a regency named only in the 2022 release with that release's date", async () => {
    const samarinda = await reply("akta kelahiran Samarinda");
    expect(samarinda).toContain("Kota Samarinda");
    expect(samarinda).toContain("98,78%");
    expect(samarinda).toContain(APRIL_2022);
    expect(samarinda).not.toContain(NOVEMBER);
  });

  it("date the values offered instead of a missing one when they predate the release named", async () => {
    const ikd = await reply("IKD Samarinda");
    expect(ikd).toContain(
      "Data IKD untuk Kota Samarinda belum tersedia pada rilis 12 November 2024.",
    );
    expect(ikd).toContain("IKD Kalimantan Timur: 4,48% (per 13 Juni 2024)");
    expect(ikd).toContain("IKD Kabupaten Berau: 1,74% (per 13 Juni 2024)");
  });

  it("label each line of a province overview with its own release's date", async () => {
    const overview = await reply("Kaltim");
    expect(overview).toContain("KTP-el: 99,65% (per 12 November 2024)");
    expect(overview).toContain("KTP-el pemula: 71,61% (per 13 Juni 2024)");
    expect(overview).toContain("IKD: 4,48% (per 13 Juni 2024)");
    expect(overview).toContain(NOVEMBER);
    expect(overview).toContain(JUNE);
  });
});
