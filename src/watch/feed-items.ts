// A source's body → the items it lists: the entries of an RSS 2.0, RSS 1.0
// (RDF) or Atom feed, or the article links of a web page. Each item is an
// absolute http(s) URL with the words that came with it (title, summary, link
// text) for the keyword filter. Capped: a source lists its newest few dozen.

import { XMLParser } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { type ImportReason, wordReason } from "../domain/import/import-reason.ts";
import { idImport } from "../domain/messages/id/import.ts";
import type { SourceKind } from "../domain/watch/ports.ts";

export interface ListedItem {
  url: string;
  /** Title and summary, or a link's text: what the keyword filter reads first. */
  words: string;
}

export const MAX_ITEMS_PER_SOURCE = 50;

const FEED_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:rss|feed|rdf:RDF)\b/;

/**
 * A feed is third-party text: an item pointing into the machine's own network
 * (loopback, private ranges, link-local, "localhost") is not followed unless
 * the source itself lives there.
 */
function isPrivateHost(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^(127|10|0)\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    /^169\.254\./.test(host) ||
    host === "::1" ||
    /^f[cd][0-9a-f]{2}:/.test(host) ||
    /^fe80:/.test(host)
  );
}

function sameHost(url: string, baseUrl: string): boolean {
  return new URL(url).host === new URL(baseUrl).host;
}

export function listedItems(kind: SourceKind, body: string, baseUrl: string): ListedItem[] {
  // A page address that serves a feed is read as the feed it is.
  const asFeed = kind === "feed" || FEED_START.test(body.slice(0, 1000));
  const items = (asFeed ? feedItems(body, baseUrl) : pageLinks(body, baseUrl)).filter(
    (item) => !isPrivateHost(item.url) || sameHost(item.url, baseUrl),
  );
  const seen = new Set<string>();
  return items
    .filter((item) => {
      if (seen.has(item.url)) return false;
      seen.add(item.url);
      return true;
    })
    .slice(0, MAX_ITEMS_PER_SOURCE);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  // Entities beyond the XML five are not expanded: a feed is read, not evaluated.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/** Thrown when the body is not a feed: the admin is told, the source is retried later. */
export class NotAFeed extends Error {
  constructor(readonly reason: ImportReason) {
    super(wordReason(idImport, reason));
  }
}

function feedItems(xml: string, baseUrl: string): ListedItem[] {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch {
    throw new NotAFeed({ kind: "invalidFeed" });
  }
  const rss = record(doc.rss);
  const channel = record(rss?.channel);
  const rdf = record(doc.RDF);
  const atom = record(doc.feed);
  const entries = channel
    ? array(channel.item)
    : rdf
      ? array(rdf.item)
      : atom
        ? array(atom.entry)
        : null;
  if (entries === null) throw new NotAFeed({ kind: "notAFeed" });
  const items: ListedItem[] = [];
  for (const raw of entries.slice(0, MAX_ITEMS_PER_SOURCE * 2)) {
    const entry = record(raw);
    if (!entry) continue;
    const url = absolute(entryLink(entry), baseUrl);
    if (!url) continue;
    const words = [entry.title, entry.description, entry.summary]
      .map(textOf)
      .filter(Boolean)
      .join(" \n");
    items.push({ url, words });
  }
  return items;
}

/** RSS: <link>url</link> (or a permalink guid); Atom: <link rel="alternate" href="…"/>. */
function entryLink(entry: Record<string, unknown>): string {
  for (const link of array(entry.link)) {
    if (typeof link === "string") return link;
    const attributes = record(link);
    if (attributes && (attributes["@_rel"] ?? "alternate") === "alternate") {
      return textOf(attributes["@_href"]) || textOf(attributes["#text"]);
    }
  }
  const guid = entry.guid;
  const guidRecord = record(guid);
  if (typeof guid === "string") return guid;
  if (guidRecord && guidRecord["@_isPermaLink"] !== "false") return textOf(guidRecord["#text"]);
  return "";
}

function pageLinks(html: string, baseUrl: string): ListedItem[] {
  const { document } = parseHTML(html);
  const items: ListedItem[] = [];
  for (const anchor of document.querySelectorAll("a[href]")) {
    if (items.length >= MAX_ITEMS_PER_SOURCE * 4) break;
    const url = absolute(anchor.getAttribute("href") ?? "", baseUrl);
    const words = `${anchor.textContent ?? ""} ${anchor.getAttribute("title") ?? ""}`.trim();
    // A page's articles are its own: navigation to other sites is not followed.
    if (url && words && sameSite(url, baseUrl)) items.push({ url, words });
  }
  return items;
}

function absolute(href: string, baseUrl: string): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, baseUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function sameSite(url: string, baseUrl: string): boolean {
  const host = (u: string) => new URL(u).hostname.replace(/^www\./, "");
  return host(url) === host(baseUrl) && new URL(url).pathname !== new URL(baseUrl).pathname;
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** A text node as the parser gives it: a string, a number, or { "#text": … } beside attributes. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  const r = record(value);
  return r ? textOf(r["#text"]) : "";
}
