// What subscribers are sent: a new release's news (only its own values, each
// with its change and the target, as the data stood when it came out) and
// correction notices; every stored string escaped.

import { beforeEach, describe, expect, it } from "vitest";
import { correctionNotice } from "../../src/domain/broadcast/correction-notice.ts";
import { newsRequest, releaseNews } from "../../src/domain/broadcast/news.ts";
import type { SubscriptionFilter } from "../../src/domain/broadcast/subscription.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import type { Lang, Release } from "../../src/domain/types.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { publishRelease } from "../support/broadcast.ts";
import { strayMarkup } from "../support/html.ts";
import { type SeededStore, seededStore } from "../support/reference.ts";

let seeded: SeededStore;
let lexicon: Lexicon;
let december: Release;

beforeEach(async () => {
  seeded = await seededStore();
  lexicon = buildLexicon(seeded.reference);
  const store = createAdminStore(seeded.client);
  const id = await publishRelease(store, undefined, { title: "Desember <2024> & co" });
  december = (await store.releases.list()).find((r) => r.id === id) as Release;
});

async function news(
  filter: Partial<SubscriptionFilter> = {},
  lang: Lang = "id",
  release = december,
) {
  const wanted = { region: null, indicator: null, ...filter };
  const facts = await seeded.facts.facts(newsRequest(release, wanted, lexicon));
  return releaseNews(release, facts, wanted, lexicon, lang);
}

describe("the news of a release", () => {
  it("gives each indicator's province value with its change and target, and the extremes it names", async () => {
    const text = await news();
    expect(text).toMatch(
      /^<b>Rilis data baru<\/b>: Desember &lt;2024&gt; &amp; co, data per 31 Desember 2024\./,
    );
    expect(text).toContain(
      "<b>IKD Kalimantan Timur</b>: 6,50%, naik 2,02 poin dari 4,48% pada rilis 13 Juni 2024. Target nasional 2024: 30,00% (target menurut rilis 13 Juni 2024) — belum tercapai, kurang 23,50 poin persentase.",
    );
    expect(text).toContain("Tertinggi: <b>Kota Bontang</b> — 12,00% (menurut sumber)");
    expect(text).toContain("Terendah: <b>Kabupaten Berau</b> — 2,50% (menurut sumber)");
    expect(text).toContain("<b>KIA Kalimantan Timur</b>: 61,00%, turun 11,80 poin");
    // Indicators this release says nothing about are not news, nor are older extremes.
    expect(text).not.toContain("KTP-el");
    expect(text).not.toContain("Kota Balikpapan");
    expect(text).toContain(
      "<i>Sumber: DKP3A Provinsi Kalimantan Timur, data per 31 Desember 2024</i>",
    );
    expect(text).toContain("data per 13 Juni 2024 (dirilis 19 Juni 2024)</i>");
    expect(strayMarkup(text)).toEqual([]);
  });

  it("puts a chosen regency first, and keeps to a chosen indicator", async () => {
    const text = await news({ region: "64.03", indicator: "ikd" });
    expect(
      text.indexOf("<b>IKD Kabupaten Berau</b>: 2,50%, naik 0,76 poin dari 1,74%"),
    ).toBeGreaterThan(0);
    expect(text.indexOf("IKD Kabupaten Berau")).toBeLessThan(text.indexOf("IKD Kalimantan Timur"));
    expect(text).not.toContain("KIA");
  });

  it("is written in English for English subscribers", async () => {
    const text = await news({ indicator: "ikd" }, "en");
    expect(text).toContain(
      "<b>New data release</b>: Desember &lt;2024&gt; &amp; co, data as of 31 December 2024.",
    );
    expect(text).toContain(
      "National target for 2024: 30.00% (target as stated in the 13 June 2024 release) — not yet achieved, 23.50 percentage points short.",
    );
  });

  it("says what the release said, even once a newer release is out", async () => {
    const before = await news();
    const store = createAdminStore(seeded.client);
    await publishRelease(store, [{ indicator: "ikd", region: "64", value: 9, sourceRank: null }], {
      asOf: "2025-03-31",
    });
    expect(await news()).toBe(before);
  });
});

describe("a correction notice", () => {
  it("says which value changed, from what to what, why, and in which release", () => {
    const text = correctionNotice(
      december,
      { indicator: "ikd", region: "64.03", old: 2.5, new: 2.6, reason: "salah <ketik>" },
      lexicon,
      "id",
    );
    expect(text).toBe(
      [
        "<b>Koreksi data</b>",
        "<b>IKD Kabupaten Berau</b>: 2,50% → <b>2,60%</b>",
        "Alasan: salah &lt;ketik&gt;",
        "",
        "<i>Sumber: DKP3A Provinsi Kalimantan Timur, data per 31 Desember 2024</i>",
      ].join("\n"),
    );
  });
});
