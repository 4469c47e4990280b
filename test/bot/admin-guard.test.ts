// Only owners and editors, in a private chat, reach the admin features. Anyone
// else is told why, and nothing at all is written: every table holds the same
// rows before and after.

import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adminButtonData } from "../../src/domain/admin/callback-data.ts";
import { ADMIN_COMMANDS } from "../../src/domain/admin/commands.ts";
import { rowCounts } from "../support/row-counts.ts";
import {
  type AdminTestBot,
  adminTestBot,
  documentUpdate,
  EDITOR_ID,
  editor,
  expectOnlyIntendedMarkup,
  forwarded,
  inGroup,
  owner,
  stranger,
} from "./admin-harness.ts";
import { pressUpdate, textUpdate } from "./harness.ts";

const SEED_ARTICLE = readFileSync(
  new URL("../../data/releases/2024-06-13-dkp3a-kaltim.txt", import.meta.url),
  "utf8",
);

/** Each admin command with arguments that would write, were it allowed. */
const WRITING_ARGUMENTS: Record<keyof typeof ADMIN_COMMANDS, string> = {
  help: "",
  draft: "2024-12-31 | Judul | Sumber",
  draftEdit: "judul Judul lain",
  set: "ikd berau 5",
  remove: "ikd kaltim",
  target: "ikd 2024 40",
  preview: "",
  publish: "",
  discard: "",
  undo: "",
  correct: "ikd berau 2 salah ketik",
  history: "",
  broadcasts: "",
  unanswered: "",
  import: SEED_ARTICLE,
  editors: "",
  editorAdd: String(EDITOR_ID),
  editorRemove: String(EDITOR_ID),
  indicatorAdd:
    "akta_kematian\nnama: Akta kematian\nname: Death certificates\ndefinisi: Persentase kematian tercatat.\ndefinition: Share of deaths recorded.",
  indicatorEdit: "kia\nlayanan: Disdukcapil",
  sources: "tambah https://contoh.go.id/rss IKD",
};

const EVERY_COMMAND = Object.entries(ADMIN_COMMANDS).flatMap(([action, names]) =>
  names.map((name) =>
    `/${name} ${WRITING_ARGUMENTS[action as keyof typeof ADMIN_COMMANDS]}`.trim(),
  ),
);

const NOT_ADMIN = "Perintah ini khusus admin data";

let t: AdminTestBot;
let draftId: number;
beforeEach(async () => {
  t = await adminTestBot();
  // An open draft and an editor, so that every command has something it could change.
  const created = await t.store.drafts.create(
    { asOf: "2024-12-31", presentedOn: null, title: "Draf", source: "Sumber", url: null },
    "tg:7001",
    {
      asOf: null,
      observations: [{ indicator: "ikd", region: "64", value: 6, sourceRank: null }],
      targets: [],
    },
  );
  if (!("ok" in created)) throw new Error("draft not created");
  draftId = created.ok.id;
  await t.store.editors.add(EDITOR_ID, "tg:7001");
});
afterEach(() => expectOnlyIntendedMarkup(t));

describe("someone who is not an admin", () => {
  it.each(EVERY_COMMAND)("is refused %s, and nothing is written", async (command) => {
    const before = await rowCounts(t.client);
    await t.send(textUpdate(command, { from: stranger }));
    expect(t.texts()).toEqual([expect.stringContaining(NOT_ADMIN)]);
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("is refused when forwarding an owner's command: the forwarder is who asks", async () => {
    const before = await rowCounts(t.client);
    await t.send(forwarded(textUpdate("/ubah ikd berau 5", { from: stranger }), owner));
    expect(t.lastText()).toContain(NOT_ADMIN);
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("is refused pressing an admin's buttons", async () => {
    const before = await rowCounts(t.client);
    for (const data of [
      adminButtonData("publish", draftId),
      adminButtonData("discard", draftId),
      adminButtonData("import", 1),
      adminButtonData("cancel"),
    ]) {
      await t.send(pressUpdate(data, stranger));
    }
    expect(t.sent("answerCallbackQuery").map((a) => a.text)).toEqual(
      Array(4).fill(expect.stringContaining(NOT_ADMIN)),
    );
    expect(t.sent("editMessageReplyMarkup")).toEqual([]);
    expect(await rowCounts(t.client)).toEqual(before);
    expect((await t.store.drafts.open())?.release.id).toBe(draftId);
  });

  it("sending a document is told what the bot reads, and it is not read", async () => {
    const before = await rowCounts(t.client);
    const document = { file_id: "f1", file_unique_id: "u1", file_name: "nilai.csv", file_size: 20 };
    await t.send(documentUpdate(document, stranger));
    expect(t.lastText()).toContain("Saya hanya membaca pesan teks");
    expect(t.calls.map((c) => c.method)).not.toContain("getFile");
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("who pastes a press release gets it answered as a question, not imported", async () => {
    const before = await rowCounts(t.client);
    await t.send(textUpdate(SEED_ARTICLE, { from: stranger }));
    expect(t.lastText()).not.toContain(NOT_ADMIN);
    expect(t.lastText()).not.toContain("Terbaca dari");
    expect(await rowCounts(t.client)).toEqual(before);
  });
});

describe("admin commands in a group", () => {
  it.each([owner, stranger])(
    "are refused, even for an owner, with nothing written",
    async (from) => {
      const before = await rowCounts(t.client);
      await t.send(
        textUpdate("/ubah ikd berau 5", { from, chat: "group" }),
        textUpdate("/terbitkan", { from, chat: "supergroup" }),
      );
      expect(t.texts()).toEqual([
        expect.stringContaining("hanya bisa dipakai di chat pribadi"),
        expect.stringContaining("hanya bisa dipakai di chat pribadi"),
      ]);
      expect(await rowCounts(t.client)).toEqual(before);
    },
  );

  it("ignore an owner's document and pasted press release, and refuse an admin button", async () => {
    const before = await rowCounts(t.client);
    const document = { file_id: "f1", file_unique_id: "u1", file_name: "nilai.csv", file_size: 20 };
    await t.send(
      inGroup(documentUpdate(document, owner)),
      textUpdate(SEED_ARTICLE, { from: owner, chat: "group" }),
      inGroup(pressUpdate(adminButtonData("publish", draftId), owner)),
    );
    // In a group the bot answers only its commands, mentions of it and replies to it.
    expect(t.texts()).toEqual([]);
    expect(t.sent("answerCallbackQuery").map((a) => a.text)).toEqual([
      expect.stringContaining("hanya bisa dipakai di chat pribadi"),
    ]);
    expect(t.calls.map((c) => c.method)).not.toContain("getFile");
    expect(await rowCounts(t.client)).toEqual(before);
    expect((await t.store.drafts.open())?.release.id).toBe(draftId);
  });
});

describe("editors", () => {
  it("added by an owner can act; removed, they are refused", async () => {
    await t.send(textUpdate("/ubah ikd berau 5", { from: editor }));
    expect(t.lastText()).toContain("IKD Kabupaten Berau");
    expect(t.lastText()).toContain("5,00%");

    await t.send(textUpdate(`/editor_hapus ${EDITOR_ID}`, { from: owner }));
    expect(t.lastText()).toContain(`${EDITOR_ID} bukan editor lagi`);
    const before = await rowCounts(t.client);
    await t.send(textUpdate("/ubah ikd berau 6", { from: editor }));
    expect(t.lastText()).toContain(NOT_ADMIN);
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("cannot add or remove editors: only owners can", async () => {
    const before = await rowCounts(t.client);
    for (const command of ["/editor", "/editor_tambah 99", `/editor_hapus ${EDITOR_ID}`]) {
      await t.send(textUpdate(command, { from: editor }));
    }
    expect(t.texts()).toEqual(Array(3).fill("Hanya pemilik bot yang dapat mengatur editor."));
    expect(await rowCounts(t.client)).toEqual(before);
  });

  it("are added by an owner, listed, and recorded in the history", async () => {
    await t.send(
      textUpdate("/editor_tambah 8080", { from: owner }),
      textUpdate("/editor", { from: owner }),
      textUpdate("/editor_tambah abc", { from: owner }),
      textUpdate("/riwayat", { from: owner }),
    );
    const [added, listed, bad, history] = t.texts();
    expect(added).toContain("8080 kini editor");
    expect(listed).toContain("7001");
    expect(listed).toContain("• 8080, ditambahkan");
    expect(bad).toContain("“abc” bukan user id Telegram");
    expect(history).toContain("tg:7001: menambah editor 8080");
  });
});
