// The "📊 Grafik" button under rankings, comparisons, profiles and histories:
// the chart as a photo whose caption alone answers (numbers, target, sources
// and data dates). Drawing takes far more CPU than anything else the bot does,
// so each chart is drawn once per data version: after that, Telegram's
// file_id and the caption saved with it are sent again without drawing.

import { InputFile } from "grammy";
import { chartCaption } from "../../domain/charts/caption.ts";
import { encodeChartRequest } from "../../domain/charts/chart-request.ts";
import { chartTexts } from "../../domain/charts/chart-texts.ts";
import type { ChartFiles, PngRenderer } from "../../domain/charts/ports.ts";
import { chartSvg } from "../../domain/charts/svg.ts";
import { storedHtml } from "../../domain/html.ts";
import { parseChartData } from "../chart-data.ts";
import type { BotContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import type { Feature } from "../update-kinds.ts";

export interface ChartDeps {
  files: ChartFiles;
  render: PngRenderer;
}

export function chartsFeature(deps: ChartDeps): Feature<BotContext> {
  const feature = new LeanComposer<BotContext>();
  feature.callbackQuery(/^g:/, async (ctx) => {
    const pressed = parseChartData(ctx.callbackQuery.data);
    // Stopping the button's spinner first: drawing may take a moment.
    await ctx.answerCallbackQuery();
    if (!pressed) return;
    const { request, lang } = pressed;
    const key = `${lang}:${encodeChartRequest(request)}`;
    const cached = await deps.files.find(key);
    if (cached.sent) {
      await ctx.replyWithPhoto(cached.sent.fileId, {
        caption: storedHtml(cached.sent.caption),
        parse_mode: "HTML",
      });
      return;
    }
    const chart = await ctx.engine.chart(request, lang);
    if (!chart) {
      await ctx.reply(chartTexts(lang).unavailable);
      return;
    }
    const caption = chartCaption(chart);
    const png = await deps.render(chartSvg(chart));
    const photo = new InputFile(png.bytes, "grafik.png");
    const sent = await ctx.replyWithPhoto(photo, { caption, parse_mode: "HTML" });
    // Telegram's sizes of the photo, smallest first: the largest is the one drawn.
    const fileId = sent.photo.at(-1)?.file_id;
    if (fileId) await deps.files.save(key, cached.dataVersion, { fileId, caption });
  });
  // Chart buttons only.
  return { kinds: ["button"], middleware: feature };
}
