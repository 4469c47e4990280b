// Chart descriptions, their SVG, captions and Unicode bars: pure, from a
// hand-made chart and from the engine's answers over the seeded store.

import { describe, expect, it } from "vitest";
import { chartCaption } from "../../src/domain/charts/caption.ts";
import type { Chart } from "../../src/domain/charts/chart.ts";
import {
  type ChartRequest,
  decodeChartRequest,
  encodeChartRequest,
} from "../../src/domain/charts/chart-request.ts";
import { chartSvg, niceMax, wrap } from "../../src/domain/charts/svg.ts";
import { textBars } from "../../src/domain/charts/text-bars.ts";
import { createEngine } from "../../src/domain/engine.ts";
import { seededStore } from "../support/reference.ts";

const hostile: Chart = {
  kind: "ranking",
  lang: "id",
  title: `IKD <script>&"'`,
  notes: [],
  bars: [
    {
      label: "Kota <b>A</b> & B",
      sublabel: null,
      value: 120.5,
      valueLabel: "120,50%",
      dateLabel: null,
      target: null,
    },
    {
      label: "Kabupaten Penajam Paser Utara Selatan Barat Daya",
      sublabel: null,
      value: 3,
      valueLabel: "3,00%",
      dateLabel: "Mei 2024",
      target: null,
    },
  ],
  targetLine: { value: 30, label: "Target nasional 2024: 30,00%" },
  sources: ["Sumber: A & B, data per 13 Juni 2024."],
};

describe("the SVG", () => {
  it("escapes every text and keeps long names whole, wrapped", () => {
    const svg = chartSvg(hostile);
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("IKD &lt;script&gt;&amp;&quot;&#39;");
    expect(svg).toContain("Kota &lt;b&gt;A&lt;/b&gt; &amp; B");
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts.join(" ")).toContain("Penajam Paser Utara");
    expect(texts.join(" ")).toContain("Selatan Barat Daya");
  });

  it("starts the axis at zero and reaches the largest value, above 100% included", () => {
    expect(chartSvg(hostile)).toContain(">0%<");
    expect(niceMax(120.5)).toBe(200);
    expect(niceMax(96.9)).toBe(100);
    expect(niceMax(10.46)).toBe(20);
    expect(niceMax(0)).toBe(1);
  });

  it("wraps words, and splits only a word longer than a line", () => {
    expect(wrap("Kabupaten Penajam Paser Utara", 12)).toEqual([
      "Kabupaten",
      "Penajam",
      "Paser Utara",
    ]);
    expect(wrap("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });
});

describe("the caption", () => {
  it("holds the numbers, the target and the source, escaped", () => {
    expect(chartCaption(hostile)).toBe(
      [
        "<b>IKD &lt;script&gt;&amp;&quot;'</b>",
        "1. Kota &lt;b&gt;A&lt;/b&gt; &amp; B: <b>120,50%</b>",
        "2. Kabupaten Penajam Paser Utara Selatan Barat Daya: <b>3,00%</b> (Mei 2024)",
        "Target nasional 2024: 30,00%",
        "<i>Sumber: A &amp; B, data per 13 Juni 2024.</i>",
      ].join("\n"),
    );
  });

  it("stays within Telegram's 1024 characters, counting the bars left out", () => {
    const many = {
      ...hostile,
      bars: Array.from(
        { length: 60 },
        (_, i) =>
          ({ ...hostile.bars[1], label: `Region ${i} with a long name` }) as Chart["bars"][number],
      ),
    };
    const caption = chartCaption(many);
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(caption).toMatch(/… dan \d+ lainnya/);
    expect(caption).toContain("Sumber: A &amp; B");
  });
});

describe("Unicode bars", () => {
  it("draws one escaped line per bar in a <pre>, with the target", () => {
    const bars = textBars(hostile);
    expect(bars.startsWith("<pre>")).toBe(true);
    expect(bars).toContain("Kota &lt;b&gt;A&lt;");
    expect(bars).toContain("120,50%");
    expect(bars).toContain("┆ Target nasional 2024: 30,00%");
    expect(bars.split("\n")).toHaveLength(3);
  });
});

describe("chart buttons", () => {
  const requests: ChartRequest[] = [
    {
      kind: "ranking",
      question: { kind: "ranking", indicator: "akta_kelahiran", level: "regency", province: "64" },
    },
    {
      kind: "compare",
      question: { kind: "compare", indicator: "ktp_el_pemula", regions: ["64.71", "64.72"] },
    },
    { kind: "profile", question: { kind: "profile", region: "64.03" } },
    { kind: "history", question: { kind: "value", indicator: "ikd", region: "64" } },
  ];

  it.each(requests)("round-trip $kind within 60 bytes", (request) => {
    const encoded = encodeChartRequest(request);
    expect(decodeChartRequest(encoded)).toEqual(request);
    expect(encoded.length).toBeLessThanOrEqual(60);
  });

  it.each(["", "q.", "h.r.ikd.a.64", "q.v.ikd.64", "q.c..64-71.64-72", "x.p.64-03", "q.p.64-03.x"])(
    "refuse %j",
    (text) => {
      expect(decodeChartRequest(text)).toBeNull();
    },
  );
});

describe("charts of answers", () => {
  it("say when a ranking covers only some regions, and number nothing", async () => {
    const { facts } = await seededStore();
    const engine = createEngine({ facts, defaultProvince: "64" });
    const reply = await engine.ask("peringkat IKD");
    expect(reply.chart?.request.kind).toBe("ranking");
    const chart = reply.chart?.chart as Chart;
    expect(chart.notes).toEqual([
      "Hanya 2 dari 10 kabupaten/kota yang datanya ada; urutan lengkapnya tidak diketahui.",
    ]);
    expect(chart.bars.map((b) => [b.label, b.valueLabel])).toEqual([
      ["Kabupaten Penajam Paser Utara", "10,46%"],
      ["Kabupaten Berau", "1,74%"],
    ]);
    expect(chartCaption(chart)).toContain("• Kabupaten Berau: <b>1,74%</b>");
    // The button's chart is the reply's chart, read again.
    expect(await engine.chart(reply.chart?.request as ChartRequest, "id")).toEqual(chart);
  });
});
