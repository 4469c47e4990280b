// The Html brand: only the escaper in src/domain/html.ts makes it. The
// expect-error directives below are checked by `npx tsc --noEmit` (this file is in
// tsconfig's include): should a plain string ever be accepted as Html, the
// directive itself becomes the compile error.

import { describe, expect, it } from "vitest";
import { escapeHtml, type Html, html, joinHtml } from "../../src/domain/html.ts";

function needsHtml(markup: Html): string {
  return markup;
}

describe("Html only from the escaper", () => {
  it("refuses a plain string where Html is required (compile time)", () => {
    const typed = "<b>from a user</b>";
    // @ts-expect-error a plain string is not Html
    const unescaped: Html = typed;
    // @ts-expect-error a plain string cannot be interpolated into markup
    const wrapped = html`<b>${typed}</b>`;
    // @ts-expect-error nor handed to a helper that sends HTML
    needsHtml(typed);
    expect([unescaped, wrapped].length).toBe(2);
  });

  it("escapes what a user typed, so it reaches Telegram as text", () => {
    const typed = '<a href="x">A & B</a>';
    expect(needsHtml(escapeHtml(typed))).toBe("&lt;a href=&quot;x&quot;&gt;A &amp; B&lt;/a&gt;");
  });

  it("composes escaped parts into markup without escaping them twice", () => {
    const name = escapeHtml("Kalimantan <Timur> & co");
    const message = html`<b>${name}</b>: ${42}`;
    expect(message).toBe("<b>Kalimantan &lt;Timur&gt; &amp; co</b>: 42");
    expect(joinHtml([message, html`<i>${escapeHtml("a<b")}</i>`], " <br> ")).toBe(
      "<b>Kalimantan &lt;Timur&gt; &amp; co</b>: 42 &lt;br&gt; <i>a&lt;b</i>",
    );
  });
});
