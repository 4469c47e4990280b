// The renderer escapes stored strings too: a region, indicator or source name
// with markup in it is shown as text, never as HTML.

import { describe, expect, it } from "vitest";
import { answer } from "../../src/domain/answer.ts";
import { buildLexicon } from "../../src/domain/lexicon.ts";
import { render } from "../../src/domain/render.ts";
import type { Facts, ReferenceData } from "../../src/domain/types.ts";

const reference: ReferenceData = {
  regions: [
    { code: "99", name: "Provinsi <Uji> & Co", level: "province", parentCode: null },
    { code: "99.01", name: 'Kabupaten "Tes" <i>', level: "regency", parentCode: "99" },
  ],
  aliases: [],
  indicators: [
    {
      slug: "ikd",
      nameId: "IKD <b>",
      nameEn: "IKD <b>",
      shortId: "IKD<x>",
      shortEn: "IKD<x>",
      unit: "percent",
      descriptionId: "Definisi <u>",
      descriptionEn: "Definition <u>",
      serviceId: null,
      serviceEn: null,
    },
  ],
};
const facts: Facts = {
  observations: [
    {
      releaseId: 1,
      indicator: "ikd",
      regionCode: "99.01",
      value: 12.5,
      sourceRank: "highest",
      corrected: false,
      count: null,
      recency: 1,
    },
  ],
  targets: [],
  releases: [
    {
      id: 1,
      asOf: "2025-01-31",
      asOfPrecision: "day",
      presentedOn: null,
      title: "Rilis <script>",
      source: "Dinas & <Sumber>",
      url: 'https://example.org/?a=1&b="2"',
      status: "published",
    },
  ],
};

describe("render", () => {
  const lexicon = buildLexicon(reference, { defaultProvince: "99" });

  it("escapes region, indicator and source names", () => {
    const html = render(
      answer({ kind: "value", indicator: "ikd", region: "99.01" }, lexicon, facts),
      "id",
      lexicon,
    );
    expect(html).toContain("IKD&lt;x&gt; Kabupaten &quot;Tes&quot; &lt;i&gt;");
    expect(html).toContain("12,50%");
    expect(html).toContain("Dinas &amp; &lt;Sumber&gt;, data per 31 Januari 2025");
    expect(html).not.toMatch(/<(x|Uji|Sumber)>|"Tes"/);
  });

  it("escapes release titles and link addresses", () => {
    const html = render(answer({ kind: "sources" }, lexicon, facts), "en", lexicon);
    expect(html).toContain(
      '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">Rilis &lt;script&gt;</a>',
    );
  });
});
