// /pratinjau: the open draft exactly as users will see it once published (the
// engine's own overview of each indicator, with the draft counted as
// published), what it changes against the data users see now, and the
// buttons to publish or discard it.

import { InlineKeyboard } from "grammy";
import { draftButtonData } from "../../domain/admin/callback-data.ts";
import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { diffDraft } from "../../domain/admin/draft-diff.ts";
import type { OpenDraft } from "../../domain/admin/ports.ts";
import { includingDraft } from "../../domain/admin/preview-facts.ts";
import { createEngine } from "../../domain/engine.ts";
import { provinceCode } from "../../domain/facts-request.ts";
import type { Html } from "../../domain/html.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf, replyRefusal } from "./replies.ts";

export const preview = new LeanComposer<AdminContext>();

preview.command(ADMIN_COMMANDS.preview, async (ctx) => {
  const draft = await ctx.admin.store.drafts.open();
  if (!draft) return replyRefusal(ctx, { reason: "no-draft" });
  const keyboard = new InlineKeyboard()
    .text(t.buttons.publish, draftButtonData("publish", draft))
    .text(t.buttons.discard, draftButtonData("discard", draft));
  const html = t.preview(
    draft,
    await answersAfterPublishing(ctx, draft),
    diffDraft(draft.observations),
    diffDraft(draft.targets),
    await labelsOf(ctx),
  );
  await sendHtml(ctx, html, keyboard);
});

/** The overview of each indicator in the draft, per province it has values for. */
async function answersAfterPublishing(ctx: AdminContext, draft: OpenDraft): Promise<Html[]> {
  const lexicon = await ctx.engine.lexicon();
  const engine = createEngine({
    facts: includingDraft(ctx.admin.facts, draft.release.id),
    defaultProvince: lexicon.defaultProvince,
  });
  const indicators = new Set([...draft.observations, ...draft.targets].map((v) => v.indicator));
  const provinces = new Set(draft.observations.map((o) => provinceCode(o.region, lexicon)));
  if (provinces.size === 0) provinces.add(lexicon.defaultProvince);
  const answers: Html[] = [];
  for (const indicator of indicators) {
    for (const province of provinces) {
      answers.push((await engine.answer({ kind: "overview", indicator, province }, "id")).html);
    }
  }
  return answers;
}
