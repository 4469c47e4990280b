// A reply that has a chart also shows it as Unicode bars in a <pre> block,
// under the text: a picture at a glance where a photo does not go (inline
// results) or was not asked for (the chart button sends the photo).

import { textBars } from "../domain/charts/text-bars.ts";
import type { Reply } from "../domain/engine.ts";
import { type Html, html } from "../domain/html.ts";

export function htmlWithBars(reply: Reply): Html {
  return reply.chart ? html`${reply.html}\n\n${textBars(reply.chart.chart)}` : reply.html;
}
