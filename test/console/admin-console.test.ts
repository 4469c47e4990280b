// Admin commands in the terminal chat: served when the console's user (id 1)
// is an owner, refused like anyone else's otherwise.

import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsoleChat } from "../../src/console/chat.ts";
import { createEngine } from "../../src/domain/engine.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { readLink } from "../../src/watch/read-link.ts";
import { seededStore } from "../support/reference.ts";

async function chat(lines: string[], adminUserIds: number[]): Promise<string> {
  const { client, facts } = await seededStore();
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  input.end(lines.map((line) => `${line}\n`).join(""));
  await runConsoleChat({
    engine: createEngine({ facts, defaultProvince: "64" }),
    admin: { store: createAdminStore(client), readLink, facts },
    adminUserIds,
    input,
    output,
    defaultLang: "id",
    interactive: false,
  });
  return printed;
}

describe("the console", () => {
  it("serves admin commands to an owner", async () => {
    const printed = await chat(["/draf 2024-12-31 | Desember | DKP3A", "/ubah ikd berau 2,5"], [1]);
    expect(printed).toContain("Draf dibuat: #2 “Desember” (data per 31 Desember 2024).");
    expect(printed).toContain("Draf: IKD Kabupaten Berau 2,50%.");
  });

  it("refuses them to anyone else", async () => {
    const printed = await chat(["/draf 2024-12-31 | Desember | DKP3A"], []);
    expect(printed).toContain("Perintah ini khusus admin data.");
  });
});
