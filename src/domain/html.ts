// Telegram HTML that has been through the escaper. `Html` is a branded string
// only this module makes, so text from users, sources or the database reaches
// a parse_mode: "HTML" message only after escapeHtml. The brand is checked by
// the compiler (a string cannot be told apart at run time); the one cast that
// makes it is `trusted` below.

declare const HTML: unique symbol;

/** A string of Telegram HTML whose text parts were escaped. */
export type Html = string & { readonly [HTML]: true };

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** The one place a string becomes Html: the code's own markup, or text just escaped. */
function trusted(markup: string): Html {
  return markup as Html;
}

const SPECIAL = /[&<>"]/;
const SPECIALS = /[&<>"]/g;

/**
 * Telegram HTML needs &, < and > escaped; quotes too inside attributes. Most
 * text (names, numbers, dates) has none of them: it is returned as it is,
 * without building a copy.
 */
export function escapeHtml(text: string): Html {
  if (!SPECIAL.test(text)) return trusted(text);
  return trusted(text.replace(SPECIALS, (c) => HTML_ESCAPES[c] as string));
}

/** What a template may interpolate: markup already escaped, a number, or nothing (""). */
export type HtmlPart = Html | number | "";

/**
 * Markup written in code: `html\`<b>${escapeHtml(title)}</b>\``. Every
 * interpolation must be Html already (or a number, or the empty string), so
 * text cannot slip in unescaped; the literal parts are the code's own markup.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) {
    out += values[i];
    out += strings[i + 1] ?? "";
  }
  return trusted(out);
}

/** Joins Html parts; the separator is escaped like any text. */
export function joinHtml(parts: readonly HtmlPart[], separator = ""): Html {
  // A loop rather than Array#join: replies join a few short parts, many times over.
  const escaped = escapeHtml(separator);
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out += escaped;
    out += parts[i];
  }
  return trusted(out);
}

/**
 * Html cut into parts (splitMessage): `cut` only splits the markup and closes
 * at a cut the tags it found open, reopening them in the next part; it adds
 * no text, so each part is as escaped as the whole.
 */
export function cutHtml(markup: Html, cut: (markup: string) => string[]): Html[] {
  return cut(markup).map(trusted);
}

/**
 * Html this code made and stored, read back: a chart's caption, cached with
 * the photo's file_id, was built by chartCaption and escaped then.
 */
export function storedHtml(markup: string): Html {
  return trusted(markup);
}
