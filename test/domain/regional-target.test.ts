// "target daerah" asks for a region's own target: when only the national one
// is held, the reply says so first; once the region's own is held, it is used.

import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/domain/engine.ts";
import { seededStore } from "../support/reference.ts";

const QUESTION = "apakah KIA kaltim sudah capai target daerah?";

describe("a regional target asked for", () => {
  it("says first that only the national target is held, then compares with it", async () => {
    const engine = createEngine({ facts: (await seededStore()).facts });
    const html = (await engine.ask(QUESTION)).html;
    expect(html).toMatch(/^Data target daerah KIA \(yang ada: target nasional\) tidak tersedia/);
    expect(html).toContain("dari target nasional 2024 sebesar 60,00%");
    const en = (await engine.ask("KIA kaltim vs regional target", "en")).html;
    expect(en).toMatch(/^There is no data on a regional target for KIA/);
  });

  it("uses the province's own target once it is held, with nothing said unmet", async () => {
    const store = await seededStore();
    await store.client.execute(
      `INSERT INTO targets (indicator, year, scope, value, release_id)
       VALUES ('kia', 2024, '64', 80,
               (SELECT max(id) FROM releases WHERE status = 'published'))`,
    );
    const html = (await createEngine({ facts: store.facts }).ask(QUESTION)).html;
    expect(html).not.toContain("tidak tersedia");
    expect(html).toContain("80,00%");
  });
});
