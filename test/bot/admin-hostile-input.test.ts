// What an admin sends that is too big, malformed or full of markup, through
// the bot with an owner: every refusal names the problem in one short reply
// and writes nothing, and every reply (the admin's, and the answers users get
// once a release is published) carries no markup but the renderer's own.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_CSV_BYTES, MAX_CSV_PROBLEMS, MAX_CSV_ROWS } from "../../src/domain/import/csv.ts";
import { MAX_PRESS_RELEASE_CHARS } from "../../src/domain/import/press-release.ts";
import { MESSAGE_LIMIT } from "../../src/domain/split-message.ts";
import { rowCounts } from "../support/row-counts.ts";
import { serveTelegramFiles, type TelegramFiles } from "../support/telegram-files.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import {
  type AdminTestBot,
  adminTestBot,
  documentUpdate,
  expectOnlyIntendedMarkup,
  owner,
  stranger,
} from "./admin-harness.ts";
import { buttonsOf, pressUpdate, textUpdate } from "./harness.ts";

let files: TelegramFiles;
let t: AdminTestBot;
beforeEach(async () => {
  files = await serveTelegramFiles(TEST_BOT_TOKEN);
  t = await adminTestBot({ apiRoot: files.apiRoot });
  files.install(t.bot);
});
afterEach(() => expectOnlyIntendedMarkup(t));
afterEach(() => files.close());

async function say(text: string): Promise<string> {
  await t.send(textUpdate(text, { from: owner }));
  return t.lastText();
}

/**
 * Sends the update and expects one reply, a refusal containing `says`, with
 * nothing written: no release, value, audit row or import kept for a button.
 */
async function expectRefused(send: () => Promise<unknown>, says: string): Promise<string> {
  const before = await rowCounts(t.client);
  const sentBefore = t.texts().length;
  await send();
  const replies = t.texts().slice(sentBefore);
  expect(replies).toEqual([expect.stringContaining(says)]);
  expect(replies[0]).toContain("Tidak ada yang ditulis");
  expect(buttonsOf(t.sent("sendMessage").at(-1))).toEqual([]);
  expect(await rowCounts(t.client)).toEqual(before);
  return replies[0] ?? "";
}

const sendFile = (name: string, content: string | Buffer) => () =>
  t.send(documentUpdate(files.add(name, content), owner));

describe("a document over the size limit", () => {
  it("is refused by its size in the update, naming the limit, and never downloaded", async () => {
    const document = {
      file_id: "f",
      file_unique_id: "u",
      file_name: "besar.csv",
      file_size: MAX_CSV_BYTES + 1,
    };
    await expectRefused(() => t.send(documentUpdate(document, owner)), "paling banyak 1000 kB");
    expect(t.calls.map((c) => c.method)).not.toContain("getFile");
  });

  it("without a size in the update, is refused on the size getFile reports", async () => {
    const { file_size: _, ...unsized } = files.add("besar.csv", "64.03;ikd;1\n".repeat(90_000));
    await expectRefused(() => t.send(documentUpdate(unsized, owner)), "paling banyak 1000 kB");
  });
});

describe("a malformed CSV", () => {
  it("of binary bytes is refused as not being text, without echoing them", async () => {
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    const reply = await expectRefused(sendFile("sampah.csv", bytes), "bukan teks");
    expect(reply.length).toBeLessThan(300);
    expect([...reply].filter((c) => (c < " " && c !== "\n") || c === "\ufffd")).toEqual([]);
  });

  it("of separators only is refused line by line", async () => {
    const reply = await expectRefused(sendFile("pemisah.csv", ";;;\n,,,\n;;\n"), "3 masalah");
    expect(reply).toContain("• baris 1 “;;;”: butuh 3 kolom");
  });

  it(`of ${MAX_CSV_ROWS + 1} lines is refused for its length, naming the limit`, async () => {
    await expectRefused(
      sendFile("baris.csv", "64.03;ikd;1\n".repeat(MAX_CSV_ROWS + 1)),
      `terlalu banyak baris: paling banyak ${MAX_CSV_ROWS}`,
    );
  });

  it(`of ${MAX_CSV_ROWS} lines ending in a newline is within the limit`, async () => {
    const reply = await expectRefused(
      sendFile("baris.csv", "64.03;ikd;1\n".repeat(MAX_CSV_ROWS)),
      "masalah",
    );
    expect(reply).not.toContain("terlalu banyak baris");
  });

  it("with thousands of bad lines gets one message: where reading stopped, the first problems, how many more", async () => {
    const reply = await expectRefused(
      // A number last, so that the first line is not taken for a header.
      sendFile("salah.csv", "x;y;1\n".repeat(5_000)),
      `Tidak ada yang ditulis: ${MAX_CSV_PROBLEMS + 1} masalah.`,
    );
    expect(reply.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(reply).toContain(`• berhenti membaca di baris ${MAX_CSV_PROBLEMS + 1}`);
    expect(reply).toContain("• baris 1 “x;y;1”: wilayah “x” tidak dikenal");
    expect(reply).toContain("• baris 14 “x;y;1”");
    expect(reply).toContain(`• … dan ${MAX_CSV_PROBLEMS + 1 - 15} masalah lainnya`);
  });

  it("with one enormous line echoes only the start of it", async () => {
    const line = `${"<b>".repeat(100_000)};ikd;5`;
    const reply = await expectRefused(sendFile("panjang.csv", line), "1 masalah");
    expect(reply.length).toBeLessThan(1_000);
    expect(reply).toContain("&lt;b&gt;");
  });
});

describe("a press release over the length limit", () => {
  const article = "Capaian IKD Kabupaten Berau mencapai 1,5 persen dan KIA 60 persen. ".repeat(
    1_500,
  );

  it("given to /impor (100 KB) is refused, naming the limit", async () => {
    expect(article.length).toBeGreaterThan(100_000);
    await expectRefused(
      () => say(`/impor ${article}`),
      `teks terlalu panjang: ${article.length} karakter, paling banyak ${MAX_PRESS_RELEASE_CHARS}`,
    );
  });

  it("sent as a .txt document is refused the same way", async () => {
    await expectRefused(sendFile("rilis.txt", article), "teks terlalu panjang");
  });
});

describe("markup in what admins type and import", () => {
  it("in a draft's title and source is escaped in every admin reply and in users' answers", async () => {
    expect(await say("/draf 2025-01-31 | <b>Judul</b> | Dinas & <Sumber>")).toContain(
      "“&lt;b&gt;Judul&lt;/b&gt;”",
    );
    await say("/ubah ikd berau 2,5");
    // The preview shows the province's answer: with a value in the draft, it names the draft's source.
    await say("/ubah ikd kaltim 6,5");
    const preview = await say("/pratinjau");
    expect(preview).toContain("Dinas &amp; &lt;Sumber&gt;");
    expect(await say("/riwayat")).toContain("&lt;b&gt;Judul&lt;/b&gt;");

    const [publish] = buttonsOf(t.sent("sendMessage").at(-2));
    await t.send(pressUpdate(publish?.callback_data ?? "", owner));
    expect(t.lastText()).toContain("Diterbitkan");

    await t.send(textUpdate("IKD Berau", { from: stranger }));
    expect(t.lastText()).toContain("2,50%");
    expect(t.lastText()).toContain("Sumber: Dinas &amp; &lt;Sumber&gt;");
    await t.send(textUpdate("sumber data", { from: stranger }));
    expect(t.lastText()).toContain("Dinas &amp; &lt;Sumber&gt;");
  });

  it("in region and indicator fields is escaped when they are refused", async () => {
    await say("/draf 2025-01-31 | Judul | Sumber");
    const reply = await expectRefused(
      () => say('/ubah <i>ikd</i> <script>alert("x")</script> 5'),
      "&lt;script&gt;",
    );
    expect(reply).not.toContain("<script");
  });

  it("in a CSV's lines is escaped when they are reported", async () => {
    const reply = await expectRefused(
      sendFile(
        "html.csv",
        '<script>x()</script>;ikd;5\n64.03;<a href="x">nope</a>;5\n64.03;ikd;<i>5</i>\n',
      ),
      "3 masalah",
    );
    expect(reply).toContain("&lt;script&gt;x()&lt;/script&gt;");
    expect(reply).toContain("&lt;a href=&quot;x&quot;&gt;");
    expect(reply).toContain("&lt;i&gt;5&lt;/i&gt;");
  });

  it("in a press release's unused sentences is escaped in the summary", async () => {
    const summary = await say(
      [
        "Samarinda, Rabu (19/6/2024) – Capaian IKD Kabupaten Berau mencapai 1,74 persen per 13 Juni 2024.",
        'Sebanyak 65 persen <script>x()</script> & <b onclick="steal()">peserta</b> hadir.',
        "Cakupan KIA Kalimantan Timur tercatat 72,80 persen.",
      ].join(" "),
    );
    expect(summary).toContain("<b>Terbaca dari rilis pers</b>");
    expect(summary).toContain("&lt;script&gt;x()&lt;/script&gt;");
    expect(summary).not.toContain('onclick="');
  });

  it("stored in region names is escaped in admin replies", async () => {
    await t.client.execute(
      "UPDATE regions SET name = 'Kabupaten <b>Berau</b> & <img src=x>' WHERE code = '64.03'",
    );
    t.facts.invalidate();
    await say("/draf 2025-01-31 | Judul | Sumber");
    expect(await say("/ubah ikd 64.03 2,5")).toContain("&lt;img src=x&gt;");
    expect(await say("/pratinjau")).toContain("&lt;b&gt;Berau&lt;/b&gt; &amp;");
  });
});
