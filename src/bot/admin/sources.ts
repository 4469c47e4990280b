// /sumber_pantau: the sources watched for new releases, listed, added and
// removed by admins (the guard has checked the sender before this runs); and
// the buttons of a candidate found on one: Buat draf writes it exactly as a
// confirmed pasted import is written, Abaikan sets it aside. Either works once.

import { adminButtonTrigger } from "../../domain/admin/callback-data.ts";
import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { importPlan } from "../../domain/admin/imported-meta.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import { sourcesTexts as s } from "../../domain/messages/id/sources.ts";
import { readSourceRequest } from "../../domain/watch/source-arguments.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { writeImport } from "./pending-import.ts";
import { labelsOf, pressed } from "./replies.ts";

export const sourceCommands = new LeanComposer<AdminContext>();

sourceCommands.command(ADMIN_COMMANDS.sources, async (ctx) => {
  const labels = await labelsOf(ctx);
  const lexicon = await ctx.engine.lexicon();
  const request = readSourceRequest(ctx.match, (code) => lexicon.regionByCode.has(code));
  if ("problem" in request) return sendHtml(ctx, s.problem(request.problem, labels));
  const { watchSources } = ctx.admin.store;
  const asked = request.ok;
  if (asked.action === "list" || asked.action === "check") {
    // Checking runs on the schedule (or the CLI), never inside an update.
    return sendHtml(ctx, s.list(await watchSources.list(), labels));
  }
  if (asked.action === "remove") {
    const removed = await watchSources.remove(asked.id);
    return sendHtml(ctx, removed ? s.removed(asked.id) : s.noSuchSource(asked.id));
  }
  const added = await watchSources.add({
    url: asked.url,
    kind: asked.kind,
    keywords: asked.keywords,
    regionCode: asked.regionCode,
    createdBy: ctx.admin.actor,
  });
  await sendHtml(ctx, added ? s.added(added, labels) : s.alreadyWatched(asked.url, labels));
});

/** The plan is made at the press, as for a pasted import: a draft may have been opened since. */
sourceCommands.callbackQuery(adminButtonTrigger("candidateDraft"), async (ctx) => {
  const id = Number(ctx.match[1]);
  const { drafts, watchItems } = ctx.admin.store;
  const candidate = await watchItems.get(id);
  if (!candidate) return ctx.answerCallbackQuery({ text: t.staleButton });
  if (candidate.status !== "new") return ctx.answerCallbackQuery({ text: s.handled });
  const plan = importPlan((await drafts.open())?.release ?? null, candidate.pending);
  if (plan.kind === "needs-draft") {
    await ctx.answerCallbackQuery();
    return sendHtml(ctx, t.needsDraft);
  }
  await pressed(ctx);
  // Settled, not read: of two presses (two admins) only one writes it.
  const taken = await watchItems.settle(id, "drafted");
  if (!taken) return;
  if (!(await writeImport(ctx, plan, taken.pending))) await watchItems.reopen(id);
});

sourceCommands.callbackQuery(adminButtonTrigger("candidateIgnore"), async (ctx) => {
  const id = Number(ctx.match[1]);
  const settled = await ctx.admin.store.watchItems.settle(id, "ignored");
  if (!settled) return ctx.answerCallbackQuery({ text: s.handled });
  await pressed(ctx);
  await sendHtml(ctx, s.ignored(id));
});
