// The parts of source watching that decide on their own: which items match,
// when two items are one story, when a failing source is tried again, what an
// admin's arguments mean, how a feed or page lists its items, and how a fetch
// keeps to its limits.

import { createServer, type Server } from "node:http";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { sourceProblemText } from "../../src/domain/messages/id/sources.ts";
import { nextAttemptAfter } from "../../src/domain/watch/backoff.ts";
import { matchesKeywords } from "../../src/domain/watch/keywords.ts";
import { readSourceRequest } from "../../src/domain/watch/source-arguments.ts";
import { contentFingerprint, urlKey } from "../../src/domain/watch/story-key.ts";
import { listedItems, NotAFeed } from "../../src/watch/feed-items.ts";
import { FetchProblem, fetchLimited } from "../../src/watch/fetch-limited.ts";
import { freePort } from "../support/free-port.ts";

describe("keywords", () => {
  it("match folded words at a word's start, with the default list when none are given", () => {
    expect(matchesKeywords("Perekaman KTP elektronik di Berau", null)).toBe(true);
    expect(matchesKeywords("Aktivasi IKD naik", null)).toBe(true);
    expect(matchesKeywords("Kiai muda memimpin doa", null)).toBe(false);
    expect(matchesKeywords("Harga cabai naik 20 persen", null)).toBe(false);
    expect(matchesKeywords("Rakor Administrasi Kependudukan 2024", null)).toBe(true);
    expect(matchesKeywords("Akta kelahiran gratis", ["KIA"])).toBe(false);
    expect(matchesKeywords("<b>Akta</b> kelahiran gratis", ["akta kelahiran"])).toBe(true);
  });
});

describe("story keys", () => {
  it("one address however it is linked: tracking, www, fragment, slash and parameter order aside", () => {
    const key = urlKey("https://kabar.example.id/berita/ikd?id=3&page=1");
    expect(urlKey("http://www.kabar.example.id/berita/ikd/?page=1&id=3&utm_source=rss#top")).toBe(
      key?.replace(/^/, ""),
    );
    expect(urlKey("https://kabar.example.id/berita/ikd-lain")).not.toBe(key);
    expect(urlKey("ftp://kabar.example.id/x")).toBeNull();
    expect(urlKey("bukan alamat")).toBeNull();
  });

  it("the same values in any order are one fingerprint; another value or date is another", () => {
    const a = { indicator: "ikd", region: "64.03", value: 12.5, sourceRank: null };
    const b = { indicator: "ktp_el", region: "64.03", value: 98.4, sourceRank: null };
    const data = (observations: (typeof a)[], asOf = "2025-04-30") => ({
      asOf,
      observations,
      targets: [],
    });
    expect(contentFingerprint(data([a, b]))).toBe(contentFingerprint(data([b, a])));
    expect(contentFingerprint(data([a, { ...b, value: 98.5 }]))).not.toBe(
      contentFingerprint(data([a, b])),
    );
    expect(contentFingerprint(data([a, b], "2025-05-31"))).not.toBe(
      contentFingerprint(data([a, b])),
    );
    expect(contentFingerprint(data([]))).toBeNull();
  });
});

describe("backoff", () => {
  it("one interval after a good check, doubling with each failure, never more than a day", () => {
    const now = new Date("2025-01-01T00:00:00Z");
    const wait = (failures: number) =>
      (Date.parse(nextAttemptAfter(now, 60, failures)) - now.getTime()) / 60_000;
    expect([0, 1, 2, 3, 4, 5, 6, 40].map(wait)).toEqual([60, 60, 120, 240, 480, 960, 1440, 1440]);
  });
});

describe("source arguments", () => {
  const isRegion = (code: string) => code === "64" || code === "64.03";

  it("reads an addition: address, comma-separated keywords, region and kind", () => {
    expect(
      readSourceRequest(
        "tambah https://kabar.example.id/berita IKD, akta kelahiran wilayah:64.03 halaman",
        isRegion,
      ),
    ).toEqual({
      ok: {
        action: "add",
        url: "https://kabar.example.id/berita",
        kind: "page",
        keywords: ["IKD", "akta kelahiran"],
        regionCode: "64.03",
      },
    });
    expect(readSourceRequest("add https://kabar.example.id/rss", isRegion)).toMatchObject({
      ok: { kind: "feed", keywords: null, regionCode: null },
    });
  });

  it("names what is wrong", () => {
    const problem = (input: string) => {
      const read = readSourceRequest(input, isRegion);
      return "problem" in read ? sourceProblemText(read.problem) : "";
    };
    expect(problem("tambah kabar.example.id")).toContain("http://");
    expect(problem("tambah https://kabar.example.id/rss wilayah:99")).toContain("tidak dikenal");
    expect(problem(`tambah https://kabar.example.id/rss ${"x".repeat(50)}`)).toContain(
      "paling panjang",
    );
    expect(problem("hapus dua")).toContain("nomor");
    expect(problem("ubah 1")).toContain("tidak dikenal");
  });

  it("any input gives a request or a problem, never a throw", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const read = readSourceRequest(input, isRegion);
        expect("ok" in read || "problem" in read).toBe(true);
      }),
    );
  });
});

describe("listed items", () => {
  const base = "https://kabar.example.id/feed";

  it("reads RSS 2.0, RSS 1.0 and Atom entries with their words", () => {
    const rss = `<rss version="2.0"><channel><item><title>IKD naik</title><link>https://kabar.example.id/a</link><description>&lt;p&gt;Ringkas&lt;/p&gt;</description></item><item><title>Tanpa tautan</title><guid isPermaLink="false">x1</guid></item></channel></rss>`;
    expect(listedItems("feed", rss, base)).toEqual([
      { url: "https://kabar.example.id/a", words: "IKD naik \n<p>Ringkas</p>" },
    ]);
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>KIA</title><link>/b</link></item></rdf:RDF>`;
    expect(listedItems("feed", rdf, base).map((i) => i.url)).toEqual([
      "https://kabar.example.id/b",
    ]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">Akta</title><link rel="enclosure" href="/foto.jpg"/><link rel="alternate" href="/c"/></entry></feed>`;
    expect(listedItems("feed", atom, base)).toEqual([
      { url: "https://kabar.example.id/c", words: "Akta" },
    ]);
  });

  it("a page's links to its own site's other pages, at most 50 items", () => {
    const links = Array.from({ length: 80 }, (_, i) => `<a href="/berita/${i}">IKD ${i}</a>`);
    const html = `<a href="https://lain.example.com/x">IKD luar</a><a href="/feed">diri</a>${links.join("")}`;
    const items = listedItems("page", html, base);
    expect(items).toHaveLength(50);
    expect(items[0]).toEqual({ url: "https://kabar.example.id/berita/0", words: "IKD 0" });
  });

  it("a body that is no feed is named as such; any text gives items or that, never another throw", () => {
    expect(() => listedItems("feed", "<html><body>halo</body></html>", base)).toThrow(NotAFeed);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.boolean(), (body, isFeed) => {
        try {
          expect(Array.isArray(listedItems(isFeed ? "feed" : "page", body, base))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(NotAFeed);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("a limited fetch", () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    return `http://127.0.0.1:${address.port}/`;
  }

  const problemOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
      return "";
    } catch (error) {
      expect(error).toBeInstanceOf(FetchProblem);
      return (error as Error).message;
    }
  };

  it("stops reading past the byte cap, whether or not the length was declared", async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 20; i++) res.write("x".repeat(1000));
      res.end();
    });
    expect(await problemOf(fetchLimited(fetch, url, { timeoutMs: 5000, maxBytes: 5000 }))).toBe(
      "lebih dari 5 kB",
    );
    const ok = await fetchLimited(fetch, url, { timeoutMs: 5000, maxBytes: 50_000 });
    expect(ok.kind === "ok" && ok.text.length).toBe(20_000);
  });

  it("gives up on a server that does not answer in time", async () => {
    const url = await serve(() => {
      // Never answers.
    });
    expect(await problemOf(fetchLimited(fetch, url, { timeoutMs: 200, maxBytes: 5000 }))).toContain(
      "tidak menjawab",
    );
    server?.closeAllConnections();
  });

  it("names a refused connection and an HTTP error", async () => {
    const closed = `http://127.0.0.1:${await freePort()}/`;
    expect(
      await problemOf(fetchLimited(fetch, closed, { timeoutMs: 5000, maxBytes: 10 })),
    ).toContain("tidak dapat dihubungi");
    const url = await serve((_req, res) => res.writeHead(500).end());
    expect(await problemOf(fetchLimited(fetch, url, { timeoutMs: 5000, maxBytes: 10 }))).toBe(
      "HTTP 500",
    );
  });

  it("sends the validators it was given and reports a 304 as not modified", async () => {
    const seen: (string | undefined)[] = [];
    const url = await serve((req, res) => {
      seen.push(req.headers["if-none-match"], req.headers["if-modified-since"]);
      res.writeHead(304).end();
    });
    const fetched = await fetchLimited(
      fetch,
      url,
      { timeoutMs: 5000, maxBytes: 10 },
      { etag: '"abc"', lastModified: "Wed, 01 Jan 2025 00:00:00 GMT" },
    );
    expect(fetched).toEqual({ kind: "not-modified" });
    expect(seen).toEqual(['"abc"', "Wed, 01 Jan 2025 00:00:00 GMT"]);
  });
});

describe("what a listing may point at", () => {
  it("a feed's items inside the machine's own network are dropped, unless the feed lives there", () => {
    const rss = (links: string[]) =>
      `<rss><channel>${links.map((l) => `<item><title>IKD</title><link>${l}</link></item>`).join("")}</channel></rss>`;
    const links = [
      "http://169.254.169.254/latest/meta-data",
      "http://127.0.0.1:8080/admin",
      "http://localhost/x",
      "http://192.168.1.1/",
      "https://kabar.example.id/a",
    ];
    expect(
      listedItems("feed", rss(links), "https://kabar.example.id/rss").map((i) => i.url),
    ).toEqual(["https://kabar.example.id/a"]);
    expect(
      listedItems("feed", rss(["http://127.0.0.1:8080/b"]), "http://127.0.0.1:8080/rss").map(
        (i) => i.url,
      ),
    ).toEqual(["http://127.0.0.1:8080/b"]);
  });

  it("a page address serving a feed is read as the feed", () => {
    const rss = `<?xml version="1.0"?><rss><channel><item><title>KIA</title><link>https://kabar.example.id/k</link></item></channel></rss>`;
    expect(listedItems("page", rss, "https://kabar.example.id/berita").map((i) => i.url)).toEqual([
      "https://kabar.example.id/k",
    ]);
  });
});
