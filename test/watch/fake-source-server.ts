// A news site on loopback for the watching tests: a feed (RSS 2.0 or Atom) or
// a page of links, and article pages, all written by the tests themselves
// (paraphrased, invented figures; no third-party text). It honours ETag and
// If-Modified-Since like a real server, can fail on purpose, and counts requests.

import { createServer, type IncomingMessage, type Server } from "node:http";

export interface FakeArticle {
  path: string;
  title: string;
  paragraphs: string[];
  summary?: string;
}

export interface FakeSite {
  base: string;
  /** Adds an article; it is listed first in the feed and on the page. */
  publish(article: FakeArticle): void;
  /** The status every request gets from now on (null: serve normally). */
  failWith(status: number | null): void;
  /** Requests received, by path, with their conditional headers. */
  requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[];
  close(): Promise<void>;
}

export async function fakeSite(feedKind: "rss" | "atom" = "rss"): Promise<FakeSite> {
  const articles: FakeArticle[] = [];
  let version = 0;
  let failing: number | null = null;
  const requests: FakeSite["requests"] = [];
  let base = "";

  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = new URL(req.url ?? "/", base).pathname;
    requests.push({
      path,
      ...(req.headers["if-none-match"]
        ? { ifNoneMatch: String(req.headers["if-none-match"]) }
        : {}),
      ...(req.headers["if-modified-since"]
        ? { ifModifiedSince: String(req.headers["if-modified-since"]) }
        : {}),
    });
    if (failing !== null) {
      res.writeHead(failing).end("maaf, sedang gangguan");
      return;
    }
    const etag = `"v${version}"`;
    const lastModified = new Date(Date.UTC(2025, 0, 1) + version * 60_000).toUTCString();
    if (path === "/feed.xml" || path === "/berita") {
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      const isFeed = path === "/feed.xml";
      res.writeHead(200, {
        "content-type": isFeed ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8",
        etag,
        "last-modified": lastModified,
      });
      res.end(isFeed ? feed(feedKind, articles, base) : linkPage(articles));
      return;
    }
    const article = articles.find((a) => a.path === path);
    if (!article) {
      res.writeHead(404).end("tidak ada");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(articlePage(article));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP port");
  base = `http://127.0.0.1:${address.port}`;

  return {
    base,
    publish(article) {
      articles.unshift(article);
      version += 1;
    },
    failWith(status) {
      failing = status;
    },
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function feed(kind: "rss" | "atom", articles: FakeArticle[], base: string): string {
  if (kind === "atom") {
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar Daerah</title>
${articles
  .map(
    (a) =>
      `<entry><title>${escapeXml(a.title)}</title><link rel="alternate" href="${base}${a.path}"/><id>${base}${a.path}</id><summary>${escapeXml(a.summary ?? "")}</summary></entry>`,
  )
  .join("\n")}
</feed>`;
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Kabar Daerah</title><link>${base}/</link>
${articles
  .map(
    (a) =>
      `<item><title>${escapeXml(a.title)}</title><link>${base}${a.path}?utm_source=rss</link><description>${escapeXml(a.summary ?? "")}</description></item>`,
  )
  .join("\n")}
</channel></rss>`;
}

function linkPage(articles: FakeArticle[]): string {
  return `<!doctype html><html><head><title>Berita</title></head><body>
<nav><a href="/">Beranda</a> <a href="/kontak">Kontak</a></nav>
<ul>${articles.map((a) => `<li><a href="${a.path}">${escapeXml(a.title)}</a></li>`).join("")}</ul>
</body></html>`;
}

function articlePage(article: FakeArticle): string {
  return `<!doctype html><html><head><title>${escapeXml(article.title)} | Kabar Daerah</title></head><body>
<header><nav><a href="/">Beranda</a> <a href="/berita">Berita</a> <a href="/olahraga">Olahraga</a></nav></header>
<main><article><h1>${escapeXml(article.title)}</h1>
${article.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join("\n")}
</article></main>
<aside><h3>Terpopuler</h3><ul><li><a href="/x">Harga cabai naik 20 persen di pasar</a></li></ul></aside>
<footer>Hak cipta Kabar Daerah</footer></body></html>`;
}
