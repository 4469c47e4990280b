// `npm run cli -- sources …` on a real database file: the same arguments as
// /sumber_pantau, and `check` running one watching pass against a fake news
// site, telling the owners through a fake Bot API when a token is set.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/cli/command.ts";
import { sourcesCommand } from "../../src/cli/sources.ts";
import type { DatabaseConfig } from "../../src/store/db.ts";
import { type FakeBotApi, startFakeBotApi } from "../support/fake-bot-api.ts";
import { preparedFile } from "../support/reference.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { type FakeSite, fakeSite } from "./fake-source-server.ts";

let dir: string;
let database: DatabaseConfig;
let site: FakeSite;
let api: FakeBotApi | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tanya-sources-"));
  database = { url: `file:${join(dir, "tanya.db")}` };
  (await preparedFile(database)).client.close();
  site = await fakeSite();
});
afterEach(async () => {
  await site.close();
  await api?.close();
  api = undefined;
  await rm(dir, { recursive: true, force: true });
});

function run(env: Record<string, string>, ...args: string[]): Promise<string> {
  const context: CommandContext = { database, env, args, log: () => {} };
  return sourcesCommand(context);
}

const ARTICLE = {
  path: "/kabar/kia-bontang",
  title: "Kepemilikan KIA di Bontang meningkat",
  paragraphs: [
    "BONTANG – Disdukcapil Kota Bontang mencatat kepemilikan Kartu Identitas Anak (KIA) di Kota Bontang mencapai 71,2 persen per 31 Maret 2025.",
  ],
};

describe("sources", () => {
  it("adds, lists, checks and removes; the owner hears of the candidate", async () => {
    api = await startFakeBotApi(TEST_BOT_TOKEN);
    const env = {
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      ADMIN_USER_IDS: "7001",
    };
    expect(await run(env, "add", `${site.base}/feed.xml`, "KIA,", "IKD", "wilayah:64")).toMatch(
      /^added: #1 feed .*feed\.xml — KIA, IKD region 64 — not checked yet$/,
    );
    site.publish(ARTICLE);

    const checked = await run(env, "check");

    expect(checked).toContain("source #1");
    expect(checked).toMatch(
      /candidate #\d+ .*kia-bontang\S*: 1 values, 0 targets, data date 2025-03-31/,
    );
    const sent = api.calls.filter((c) => c.method === "sendMessage");
    expect(sent.map((c) => c.payload.chat_id)).toEqual([7001]);
    expect(String(sent[0]?.payload.text)).toContain("KIA Kota Bontang: 71,20%");

    expect(await run(env, "list")).toMatch(/#1 feed .* — checked \d{4}-/);
    expect(await run(env, "check")).toBe("nothing due");
    expect(await run(env, "remove", "1")).toBe("removed source #1");
    expect(await run(env, "list")).toBe("no sources watched yet");
  });

  it("reports a source that failed in English", async () => {
    site.publish(ARTICLE);
    await run({}, "add", `${site.base}${ARTICLE.path}`, "feed");
    const checked = await run({}, "check");
    expect(checked).toContain("FAILED (1 in a row): not RSS or Atom (no <rss>, <rdf> or <feed>)");
    expect(checked).not.toMatch(/\b(bukan|tidak|ada)\b/);
  });

  it("refuses bad arguments naming the problem, writing nothing", async () => {
    await expect(run({}, "add", "kabar.example.id")).rejects.toThrow(
      "nothing written: give the source's address starting with http:// or https://",
    );
    await expect(run({}, "add", "https://kabar.example.id/rss", "wilayah:99")).rejects.toThrow(
      "nothing written: unknown region code: 99 (e.g. wilayah:64)",
    );
    await expect(run({}, "remove", "3")).rejects.toThrow("no source #3");
    expect(await run({}, "list")).toBe("no sources watched yet");
  });
});
