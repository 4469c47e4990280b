// Imports as they arrive: a CSV (or .txt press release) sent as a document, a
// press release after /impor, or one pasted or forwarded as a plain message,
// whatever its length. Each is read by the domain's parsers and offered for
// confirmation with a button; so is a page an admin sends the link of. An admin's text with figures that does not read
// as a press release is answered as a question, with a hint about /impor.

import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { isCsvName, readPressRelease } from "../../domain/admin/read-import.ts";
import { MAX_CSV_BYTES } from "../../domain/import/csv.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { askAndReply, sendHtml } from "../reply.ts";
import { downloadText } from "./file-download.ts";
import { isPressReleaseText, isPrivateLink, mentionsFigures } from "./guard.ts";
import { readAndOffer } from "./long-import.ts";
import { offerImport } from "./pending-import.ts";

export const importInputs = new LeanComposer<AdminContext>();

importInputs.on("message:document", async (ctx) => {
  const { file_name: name = "", file_size: size = 0 } = ctx.message.document;
  if (!isCsvName(name) && !name.toLowerCase().endsWith(".txt")) {
    return sendHtml(ctx, t.fileKind);
  }
  const text = size > MAX_CSV_BYTES ? null : await downloadText(ctx, MAX_CSV_BYTES);
  if (text === null) return sendHtml(ctx, t.fileTooBig(MAX_CSV_BYTES));
  await readAndOffer(ctx, name, text);
});

importInputs.command(ADMIN_COMMANDS.import, async (ctx) => {
  if (!ctx.match.trim()) return sendHtml(ctx, t.usage("import"));
  await offerImport(ctx, readPressRelease(ctx.match, await ctx.engine.lexicon()));
});

importInputs.on("message:text").filter(isPressReleaseText, async (ctx) => {
  await offerImport(ctx, readPressRelease(ctx.message.text, await ctx.engine.lexicon()));
});

// A link alone: the page is fetched and read as a watched source's article would be.
importInputs.on("message:text").filter(isPrivateLink, async (ctx) => {
  await ctx.replyWithChatAction("typing");
  await offerImport(
    ctx,
    await ctx.admin.readLink(ctx.message.text.trim(), await ctx.engine.lexicon()),
  );
});

// Figures that did not read as a press release: answered as the question they
// may be, and the admin is told how to have them read as an import instead.
importInputs.on("message:text").filter(mentionsFigures, async (ctx) => {
  await askAndReply(ctx, ctx.message.text);
  await sendHtml(ctx, t.importHint);
});
