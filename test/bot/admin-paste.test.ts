// What an admin pastes: a press release of any length is offered for import
// with a button; figures that do not read as one are answered as a question
// with a hint about /impor; anyone else's text is a question like any other.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rowCounts } from "../support/row-counts.ts";
import {
  type AdminTestBot,
  adminTestBot,
  expectOnlyIntendedMarkup,
  owner,
  stranger,
} from "./admin-harness.ts";
import { buttonsOf, textUpdate } from "./harness.ts";

/** About 150 characters: two figures in persen, regions and indicators, several sentences. */
const SHORT_RELEASE =
  "Per 30 Juni 2024 aktivasi IKD di Kabupaten Berau mencapai 3,5 persen. KIA di Kota Bontang tercatat 71,2 persen. Sumber: DKP3A Kaltim.";

let t: AdminTestBot;
beforeEach(async () => {
  t = await adminTestBot();
});
afterEach(() => expectOnlyIntendedMarkup(t));

describe("an admin's pasted text", () => {
  it("a short press release is offered for import with a button, and nothing written yet", async () => {
    expect(SHORT_RELEASE.length).toBeLessThan(200);
    const before = await rowCounts(t.client);

    await t.send(textUpdate(SHORT_RELEASE, { from: owner }));

    const offer = t.sent("sendMessage").at(-1);
    expect(String(offer?.text)).toContain("<b>Terbaca dari rilis pers</b>");
    expect(String(offer?.text)).toContain("IKD Kabupaten Berau: 3,50%");
    expect(buttonsOf(offer).map((b) => b.text)).toEqual(["Buat draf", "Batal"]);
    // Only the import waiting for its button is kept.
    expect(await rowCounts(t.client)).toEqual({ ...before, pending_imports: 1 });
  });

  it("a question with a figure is answered, with a hint that /impor reads a release", async () => {
    await t.send(textUpdate("apakah IKD Berau sudah 5 persen?", { from: owner }));
    const [answer, hint] = t.sent("sendMessage").map((m) => String(m.text));
    expect(answer).toContain("IKD Kabupaten Berau</b>: 1,74%");
    expect(hint).toContain("/impor &lt;teks rilis pers&gt;");
  });

  it("a question without figures is only answered", async () => {
    await t.send(textUpdate("IKD Berau", { from: owner }));
    expect(t.sent("sendMessage").map((m) => String(m.text))).toEqual([
      expect.stringContaining("1,74%"),
    ]);
  });
});

describe("anyone else's text", () => {
  it("the same short release is answered as a question: no import, no hint", async () => {
    const before = await rowCounts(t.client);
    await t.send(textUpdate(SHORT_RELEASE, { from: stranger }));
    const replies = t.sent("sendMessage");
    expect(replies).toHaveLength(1);
    expect(String(replies[0]?.text)).not.toContain("Terbaca dari rilis pers");
    expect(String(replies[0]?.text)).not.toContain("/impor");
    expect(await rowCounts(t.client)).toEqual(before);
  });
});
