// An article's web page → the text the importer reads, in the form a pasted
// copy has: "Sumber: <url>", "Judul: <title>", then the article's paragraphs,
// one per line. The main text is found by Mozilla's Readability (what
// Firefox's reader view uses) over linkedom's DOM, both plain JavaScript, so
// the same code runs on Node and Workers. A page Readability cannot make out
// is read from its <article>, <main> or <body> paragraphs instead.

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** The DOM type Readability declares (the project compiles without the DOM library). */
type ReadableDocument = ConstructorParameters<typeof Readability>[0];

/** Blocks whose text is a paragraph of its own. */
const BLOCKS = "p, h1, h2, h3, h4, li, blockquote, pre, td";

export interface ArticlePage {
  title: string | null;
  /** The text for the importer, "Sumber:" and "Judul:" lines first. */
  text: string;
}

export function articleText(html: string, url: string): ArticlePage {
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector("title")?.textContent?.trim() || null;
  // Readability changes the document it reads: it gets a copy.
  const readable = new Readability(parseHTML(html).document as unknown as ReadableDocument, {
    charThreshold: 200,
  }).parse();
  const main = readable?.content ? parseHTML(`<div>${readable.content}</div>`).document : document;
  const root =
    main.querySelector("article") ??
    main.querySelector("main") ??
    main.querySelector("body") ??
    main;
  const paragraphs = [...root.querySelectorAll(BLOCKS)]
    // A block inside another block (a <p> in a <li>) is read with its parent.
    .filter((block) => !block.parentElement?.closest(BLOCKS))
    .map((block) => squash(block.textContent ?? ""))
    .filter(Boolean);
  const body = paragraphs.length > 0 ? paragraphs : [squash(root.textContent ?? "")];
  const title = squash(readable?.title ?? pageTitle ?? "") || null;
  const text = [`Sumber: ${url}`, `Judul: ${title ?? "(tidak diketahui)"}`, ...body].join("\n");
  return { title, text };
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
