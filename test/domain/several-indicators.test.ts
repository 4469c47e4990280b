// A question naming several indicators is answered for each, from one facts
// request: none of the indicators asked is dropped.

import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import type { FactsRequest, FactsSource } from "../../src/domain/types.ts";
import { seededStore } from "../support/reference.ts";

let engine: Engine;
const requests: FactsRequest[] = [];

beforeAll(async () => {
  const { facts } = await seededStore();
  // The real store, with each request it is asked for written down.
  const counted: FactsSource = {
    ...facts,
    reference: () => facts.reference(),
    facts: (request) => {
      requests.push(request);
      return facts.facts(request);
    },
  };
  engine = createEngine({ facts: counted, today: () => "2026-11-30" });
});

async function ask(text: string): Promise<{ html: string; calls: number }> {
  requests.length = 0;
  const { html } = await engine.ask(text);
  return { html, calls: requests.length };
}

describe("several indicators in one question", () => {
  it("answer an extreme for each indicator, from one facts request", async () => {
    const { html, calls } = await ask("IKD dan KIA tertinggi");
    expect(html).toContain("dengan IKD tertinggi di Kalimantan Timur");
    expect(html).toContain("Kabupaten Penajam Paser Utara</b> — 10,46%");
    expect(html).toContain("dengan KIA tertinggi di Kalimantan Timur");
    expect(html).toContain("Kota Balikpapan</b> — 96,90%");
    expect(calls).toBe(1);
    expect(requests[0]?.indicators).toEqual(expect.arrayContaining(["ikd", "kia"]));
  });

  it("rank each indicator in turn, each with its own heading", async () => {
    const { html } = await ask("ranking ktp-el dan kia");
    expect(html.indexOf("Peringkat KTP-el")).toBeGreaterThanOrEqual(0);
    expect(html.indexOf("Peringkat KIA")).toBeGreaterThan(html.indexOf("Peringkat KTP-el"));
  });

  it("define both when asked what sets them apart", async () => {
    const { html, calls } = await ask("apa beda KIA dan KTP-el");
    expect(html).toContain("<b>KIA</b> —");
    expect(html).toContain("<b>KTP-el</b> —");
    expect(html).not.toContain("tidak saya kenali");
    expect(calls).toBe(0);
  });

  it("compare places when the difference asked is between regions", async () => {
    const { html } = await ask("beda KIA Balikpapan dan Kutai Barat");
    expect(html).toContain("selisih 42,23 poin");
  });

  it("name words not recognised once, after every answer", async () => {
    const { html } = await ask("IKD dan KIA tertinggi gimana dong xyzzy");
    expect(html.match(/tidak saya kenali/g)).toHaveLength(1);
    expect(html.indexOf("tidak saya kenali")).toBeGreaterThan(html.indexOf("KIA tertinggi"));
  });
});
