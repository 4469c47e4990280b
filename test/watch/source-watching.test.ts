// Source watching end to end, offline: the bot over a real seeded store, a
// fake news site on loopback serving articles written for these tests. An
// admin adds the site's feed, the site publishes, a watching pass runs, and
// the owner receives a candidate with the right values and evidence; the
// buttons draft it or set it aside. Telegram alone is faked.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { runWatch } from "../../src/watch/watch-run.ts";
import {
  type AdminTestBot,
  adminTestBot,
  expectOnlyIntendedMarkup,
  OWNER_ID,
  owner,
  stranger,
} from "../bot/admin-harness.ts";
import { buttonsOf, pressUpdate, textUpdate } from "../bot/harness.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { type FakeArticle, type FakeSite, fakeSite } from "./fake-source-server.ts";

/** Invented figures, written for these tests. */
const IKD_BERAU: FakeArticle = {
  path: "/daerah/ikd-berau-terus-naik",
  title: "Aktivasi IKD di Berau terus naik",
  summary: "Disdukcapil Berau mendorong warga mengaktifkan IKD.",
  paragraphs: [
    "TANJUNG REDEB – Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Berau mencatat aktivasi Identitas Kependudukan Digital (IKD) di Kabupaten Berau mencapai 12,5 persen per 30 April 2025.",
    "Kepala Disdukcapil Berau mengatakan capaian itu didorong lewat layanan jemput bola ke kampung. Perekaman KTP-el di Kabupaten Berau sudah 98,4 persen.",
    "Ia menargetkan sekitar 30 persen warga wajib KTP sudah memakai IKD pada akhir tahun.",
  ],
};

/** The same figures in another outlet's words. */
const IKD_BERAU_ELSEWHERE: FakeArticle = {
  path: "/berita/2025/05/berau-ikd",
  title: "Berau kejar aktivasi IKD",
  paragraphs: [
    "BERAU – Hingga 30 April 2025, aktivasi IKD di Kabupaten Berau tercatat 12,5 persen, sementara perekaman KTP-el di Kabupaten Berau mencapai 98,4 persen, kata pejabat Disdukcapil setempat.",
  ],
};

const MARKET: FakeArticle = {
  path: "/ekonomi/pasar-ramai",
  title: "Pasar ramai menjelang Lebaran",
  paragraphs: ["Harga cabai di pasar induk naik 20 persen dalam sepekan."],
};

const NO_FIGURES: FakeArticle = {
  path: "/daerah/pelayanan-dukcapil-sabtu",
  title: "Pelayanan Dukcapil buka hari Sabtu",
  paragraphs: ["Disdukcapil membuka layanan perekaman KTP-el pada hari Sabtu selama bulan ini."],
};

let t: AdminTestBot;
const sites: FakeSite[] = [];
const logged: string[] = [];

beforeEach(async () => {
  t = await adminTestBot();
});
afterEach(async () => {
  expectOnlyIntendedMarkup(t);
  await Promise.all(sites.splice(0).map((s) => s.close()));
  t.client.close();
});

async function site(kind: "rss" | "atom" = "rss"): Promise<FakeSite> {
  const s = await fakeSite(kind);
  sites.push(s);
  return s;
}

function pass(options: { now?: Date; budget?: number } = {}) {
  return runWatch({
    store: createAdminStore(t.client),
    engine: t.engine,
    token: TEST_BOT_TOKEN,
    api: t.bot.api,
    apiRoot: "http://127.0.0.1:9",
    adminUserIds: [OWNER_ID],
    logger: { error: (message) => logged.push(message) },
    ...(options.now ? { now: () => options.now as Date } : {}),
    ...(options.budget !== undefined ? { budget: { left: () => options.budget as number } } : {}),
  });
}

async function addSource(args: string): Promise<string> {
  await t.send(textUpdate(`/sumber_pantau tambah ${args}`, { from: owner }));
  return t.lastText();
}

/** Messages sent to the owner by the pass (not replies to an update). */
function candidateMessages(): Record<string, unknown>[] {
  return t
    .sent("sendMessage")
    .filter((m) => m.chat_id === OWNER_ID && String(m.text).includes("dari sumber pantau"));
}

describe("a watched feed", () => {
  it("a new matching article reaches the owner as a candidate with its values and evidence", async () => {
    const news = await site();
    expect(await addSource(`${news.base}/feed.xml`)).toContain("Ditambahkan");
    news.publish(MARKET);
    news.publish(IKD_BERAU);

    const report = await pass();

    expect(report.candidates).toHaveLength(1);
    const [message] = candidateMessages();
    const text = String(message?.text);
    expect(text).toContain("IKD Kabupaten Berau: 12,50%");
    expect(text).toContain("KTP-el Kabupaten Berau: 98,40%");
    expect(text).toContain("mencapai 12,5 persen per 30 April 2025");
    expect(text).toContain("Data per: 30 April 2025");
    expect(text).toContain(`${news.base}${IKD_BERAU.path}`);
    // The hedged target is not a value: it is listed as skipped, with why.
    expect(text).toContain("Tidak diimpor");
    expect(text).toMatch(/30,00%: [^\n]+/);
    expect(buttonsOf(message).map((b) => b.text)).toEqual(["Buat draf", "Abaikan"]);
    // The article without a keyword was never fetched.
    expect(news.requests.map((r) => r.path)).not.toContain(MARKET.path);
    // Nothing is drafted before an admin presses.
    expect(await t.store.drafts.open()).toBeNull();
  });

  it("Buat draf makes the draft a pasted import would, with every value and its evidence; once", async () => {
    const news = await site("atom");
    await addSource(`${news.base}/feed.xml IKD, KTP-el`);
    news.publish(IKD_BERAU);
    const [candidate] = (await pass()).candidates;
    const [draftButton] = buttonsOf(candidateMessages()[0]);

    await t.send(pressUpdate(String(draftButton?.callback_data), owner));

    const draft = await t.store.drafts.open();
    expect(draft?.release.asOf).toBe("2025-04-30");
    expect(draft?.release.url).toBe(`${news.base}${IKD_BERAU.path}`);
    expect(draft?.observations.map((o) => [o.indicator, o.region, o.value]).sort()).toEqual([
      ["ikd", "64.03", 12.5],
      ["ktp_el", "64.03", 98.4],
    ]);
    const { rows } = await t.client.execute(
      "SELECT evidence FROM observations WHERE release_id = ? AND indicator = 'ikd'",
      [draft?.release.id ?? 0],
    );
    expect(String(rows[0]?.evidence)).toContain("mencapai 12,5 persen per 30 April 2025");
    expect(t.lastText()).toContain("Lihat /pratinjau");

    // A second press (another admin's copy of the message) writes nothing more.
    await t.send(pressUpdate(String(draftButton?.callback_data), owner));
    expect((await t.store.drafts.open())?.observations).toHaveLength(2);
    expect((await t.store.watchItems.get(candidate?.id ?? 0))?.status).toBe("drafted");
  });

  it("Abaikan sets the candidate aside: nothing written, the button then does nothing", async () => {
    const news = await site();
    await addSource(`${news.base}/feed.xml`);
    news.publish(IKD_BERAU);
    const [candidate] = (await pass()).candidates;
    const [, ignoreButton] = buttonsOf(candidateMessages()[0]);

    await t.send(pressUpdate(String(ignoreButton?.callback_data), owner));
    expect(t.lastText()).toContain("diabaikan");
    expect((await t.store.watchItems.get(candidate?.id ?? 0))?.status).toBe("ignored");

    const [draftButton] = buttonsOf(candidateMessages()[0]);
    await t.send(pressUpdate(String(draftButton?.callback_data), owner));
    expect(await t.store.drafts.open()).toBeNull();
  });

  it("a stranger's press of a candidate's button is refused before anything is read", async () => {
    const news = await site();
    await addSource(`${news.base}/feed.xml`);
    news.publish(IKD_BERAU);
    const [candidate] = (await pass()).candidates;
    const [draftButton] = buttonsOf(candidateMessages()[0]);
    await t.send(pressUpdate(String(draftButton?.callback_data), stranger));
    expect(await t.store.drafts.open()).toBeNull();
    expect((await t.store.watchItems.get(candidate?.id ?? 0))?.status).toBe("new");
  });

  it("an unchanged feed is asked for conditionally and costs a 304; seen items are not offered again", async () => {
    const news = await site();
    await addSource(`${news.base}/feed.xml`);
    news.publish(IKD_BERAU);
    await pass();
    const later = new Date(Date.now() + 2 * 60 * 60_000);

    const again = await pass({ now: later });

    expect(again.sources.map((o) => o.result)).toEqual(["unchanged"]);
    expect(again.candidates).toEqual([]);
    const feedRequests = news.requests.filter((r) => r.path === "/feed.xml");
    expect(feedRequests.at(-1)?.ifNoneMatch).toBe('"v1"');
    expect(news.requests.filter((r) => r.path === IKD_BERAU.path)).toHaveLength(1);
    expect(candidateMessages()).toHaveLength(1);
  });

  it("a matching item without values, and one with no keyword, are passed over silently", async () => {
    const news = await site();
    await addSource(`${news.base}/feed.xml`);
    news.publish(NO_FIGURES);
    news.publish(MARKET);

    const report = await pass();

    expect(report.candidates).toEqual([]);
    expect(report.passed.map((p) => p.url)).toEqual([expect.stringContaining(NO_FIGURES.path)]);
    expect(report.sources[0]?.notMatching).toBe(1);
    expect(candidateMessages()).toEqual([]);
  });
});

describe("duplicates", () => {
  it("the same story from two outlets becomes one candidate", async () => {
    const first = await site();
    const second = await site("atom");
    await addSource(`${first.base}/feed.xml`);
    await addSource(`${second.base}/feed.xml`);
    first.publish(IKD_BERAU);
    second.publish(IKD_BERAU_ELSEWHERE);

    const report = await pass();

    expect(report.candidates).toHaveLength(1);
    expect(report.passed).toEqual([
      { url: expect.any(String), reason: expect.objectContaining({ kind: "sameValuesAs" }) },
    ]);
    expect(candidateMessages()).toHaveLength(1);
  });

  it("one article listed by a feed and by a page is fetched once", async () => {
    const news = await site();
    await addSource(`${news.base}/feed.xml`);
    await addSource(`${news.base}/berita halaman`);
    news.publish(IKD_BERAU);

    const report = await pass();

    expect(report.candidates).toHaveLength(1);
    expect(news.requests.filter((r) => r.path === IKD_BERAU.path)).toHaveLength(1);
    expect(report.sources.map((o) => o.alreadySeen)).toEqual([0, 1]);
  });
});

describe("a failing source", () => {
  it("is reported to the owner and retried later, less often while it keeps failing", async () => {
    const news = await site();
    await addSource(`${news.base}/feed.xml`);
    news.failWith(503);
    const start = new Date();

    await pass({ now: start });
    const [once] = await t.store.watchSources.list();
    expect(once?.failures).toBe(1);
    expect(once?.lastError).toBe("HTTP 503");
    const firstWait = Date.parse(once?.nextAttemptAt ?? "") - start.getTime();
    const report = t.sent("sendMessage").filter((m) => String(m.text).includes("gagal diperiksa"));
    expect(report).toHaveLength(1);
    expect(String(report[0]?.text)).toContain("HTTP 503");

    // Not due yet: nothing is fetched.
    const requestsSoFar = news.requests.length;
    await pass({ now: new Date(start.getTime() + firstWait / 2) });
    expect(news.requests).toHaveLength(requestsSoFar);

    const retry = new Date(start.getTime() + firstWait);
    await pass({ now: retry });
    const [twice] = await t.store.watchSources.list();
    expect(twice?.failures).toBe(2);
    expect(Date.parse(twice?.nextAttemptAt ?? "") - retry.getTime()).toBe(2 * firstWait);

    // It recovers: the count is cleared and its items are read.
    news.failWith(null);
    news.publish(IKD_BERAU);
    const recovered = await pass({ now: new Date(retry.getTime() + 2 * firstWait) });
    expect(recovered.candidates).toHaveLength(1);
    expect((await t.store.watchSources.list())[0]?.failures).toBe(0);
  });
});

describe("the subrequest budget", () => {
  it("a pass stops before the budget runs out, and the next one resumes with what was left", async () => {
    const first = await site();
    const second = await site();
    await addSource(`${first.base}/feed.xml`);
    await addSource(`${second.base}/feed.xml`);
    first.publish(IKD_BERAU);
    second.publish({ ...NO_FIGURES, path: "/lain" });
    let left = 5;
    const countingFetch: typeof fetch = (input, init) => {
      left -= 1;
      return fetch(input, init);
    };
    const report = await runWatch({
      store: createAdminStore(t.client),
      engine: t.engine,
      apiRoot: "http://127.0.0.1:9",
      adminUserIds: [],
      logger: { error: (message) => logged.push(message) },
      fetch: countingFetch,
      budget: { left: () => left },
    });
    expect(report.stoppedEarly).toBe(true);
    expect(report.sources).toHaveLength(1);
    expect(second.requests).toEqual([]);

    const next = await pass();
    expect(next.sources.map((o) => o.source.url)).toEqual([`${second.base}/feed.xml`]);
  });
});

describe("/sumber_pantau", () => {
  it("lists, refuses a bad address naming the problem, and removes", async () => {
    await addSource("https://kabar.example.id/rss IKD, akta kelahiran wilayah:64");
    expect(t.lastText()).toContain("kata kunci: IKD, akta kelahiran; wilayah: Kalimantan Timur");

    expect(await addSource("kabar.example.id/rss")).toContain("diawali http:// atau https://");
    expect(await addSource("https://x.example.id/rss wilayah:99.99")).toContain(
      "kode wilayah tidak dikenal",
    );
    expect(await t.store.watchSources.list()).toHaveLength(1);

    await t.send(textUpdate("/sumber_pantau", { from: owner }));
    expect(t.lastText()).toContain("#1 feed https://kabar.example.id/rss");
    expect(t.lastText()).toContain("belum diperiksa");

    await t.send(textUpdate("/sumber_pantau hapus 1", { from: owner }));
    expect(t.lastText()).toContain("tidak dipantau lagi");
    expect(await t.store.watchSources.list()).toEqual([]);
  });
});

describe("a link an admin sends", () => {
  it("is fetched and read as a watched article would be, then offered for import", async () => {
    const news = await site();
    news.publish(IKD_BERAU);
    await t.send(textUpdate(`${news.base}${IKD_BERAU.path}`, { from: owner }));
    const offer = t.sent("sendMessage").at(-1);
    expect(String(offer?.text)).toContain("IKD Kabupaten Berau: 12,50%");
    expect(buttonsOf(offer).map((b) => b.text)).toEqual(["Buat draf", "Batal"]);
  });

  it("a page that cannot be fetched is named, nothing kept", async () => {
    const news = await site();
    await t.send(textUpdate(`${news.base}/tidak-ada`, { from: owner }));
    expect(t.lastText()).toContain("halaman tidak dapat diambil: HTTP 404");
  });

  it("from anyone else, a link is just a message: nothing is fetched", async () => {
    const news = await site();
    news.publish(IKD_BERAU);
    await t.send(textUpdate(`${news.base}${IKD_BERAU.path}`, { from: stranger }));
    expect(news.requests).toEqual([]);
  });
});
