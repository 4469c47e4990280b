// Telegram refuses messages over 4096 characters, so long replies go out in
// parts. Replies are lines of simple markup (<b>, <i>, <a>) that open and close
// on the same line, so cutting at line breaks keeps every part well-formed. A
// single line longer than a message (a very long release title, say) is cut
// between words, never inside a tag or an entity, with the tags open at the cut
// closed there and reopened at the start of the next part.
//
// Lengths are counted on the HTML, which is never shorter than the text
// Telegram counts after parsing it: a part that fits here fits there.

import { cutHtml, type Html } from "./html.ts";

export const MESSAGE_LIMIT = 4096;

export function splitMessage(html: Html, limit = MESSAGE_LIMIT): Html[] {
  return cutHtml(html, (markup) => splitMarkup(markup, limit));
}

const EDGE_NEWLINES = /^\n+|\n+$/g;

function splitMarkup(markup: string, limit: number): string[] {
  // Most replies fit one message: that part is the whole, less blank lines at its ends.
  if (markup.length <= limit) {
    if (markup.length > 0 && !markup.startsWith("\n") && !markup.endsWith("\n")) return [markup];
    const whole = markup.replace(EDGE_NEWLINES, "");
    return whole.length > 0 ? [whole] : [];
  }
  const lines = markup
    .split("\n")
    .flatMap((line) => (line.length > limit ? splitLine(line, limit) : [line]));
  const parts: string[] = [];
  let current = "";
  for (const line of lines) {
    const joined = current ? `${current}\n${line}` : line;
    if (joined.length <= limit) {
      current = joined;
    } else {
      parts.push(current);
      current = line;
    }
  }
  parts.push(current);
  // A cut at a blank line would leave a part starting or ending with it; Telegram rejects empty parts.
  return parts.map((part) => part.replace(EDGE_NEWLINES, "")).filter((part) => part.length > 0);
}

/**
 * Tags; words, entities included, with the spaces after them (at most 100
 * characters, so that even one huge word can be cut); and stray characters.
 * The `u` flag keeps surrogate pairs together.
 */
const TOKEN = /<(\/?)([a-z]+)[^>]*>|(?:[^<&\s]|&#?\w+;){1,100}\s*|\s+|[<&]/giu;

interface OpenTag {
  name: string;
  /** The opening tag as written, attributes included, to reopen it in the next part. */
  tag: string;
}

function splitLine(line: string, limit: number): string[] {
  const parts: string[] = [];
  let open: OpenTag[] = [];
  let current = "";
  let hasText = false;
  for (const [token, closing, name] of line.matchAll(TOKEN)) {
    const next = name ? nest(open, token, name, closing === "/") : open;
    if (hasText && (current + token).length + closeTags(next).length > limit) {
      parts.push(current + closeTags(open));
      current = open.map((t) => t.tag).join("");
      hasText = false;
    }
    current += token;
    open = next;
    hasText ||= !name;
  }
  parts.push(current + closeTags(open));
  return parts;
}

function nest(open: OpenTag[], tag: string, name: string, closing: boolean): OpenTag[] {
  return closing ? open.slice(0, -1) : [...open, { name, tag }];
}

function closeTags(open: OpenTag[]): string {
  return open
    .map((t) => `</${t.name}>`)
    .reverse()
    .join("");
}
