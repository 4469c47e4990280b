// Imports as they arrive: a CSV (or .txt press release) sent as a document, a
// press release after /impor, or one pasted or forwarded as a plain message.
// Each is read by the domain's parsers and offered for confirmation.

import { Composer } from "grammy";
import { isCsvName, readImport, readPressRelease } from "../../domain/admin/read-import.ts";
import { MAX_CSV_BYTES } from "../../domain/import/csv.ts";
import { adminTexts as t } from "../admin-texts.ts";
import type { AdminContext } from "../context.ts";
import { sendHtml } from "../reply.ts";
import { ADMIN_COMMANDS } from "./commands.ts";
import { downloadText } from "./file-download.ts";
import { isPressReleaseText } from "./guard.ts";
import { offerImport } from "./pending-import.ts";

export const importInputs = new Composer<AdminContext>();

importInputs.on("message:document", async (ctx) => {
  const { file_name: name = "", file_size: size = 0 } = ctx.message.document;
  if (!isCsvName(name) && !name.toLowerCase().endsWith(".txt")) {
    return sendHtml(ctx, t.fileKind);
  }
  const text = size > MAX_CSV_BYTES ? null : await downloadText(ctx, MAX_CSV_BYTES);
  if (text === null) return sendHtml(ctx, t.fileTooBig(MAX_CSV_BYTES));
  await offerImport(ctx, readImport(name, text, await ctx.engine.lexicon()));
});

importInputs.command(ADMIN_COMMANDS.import, async (ctx) => {
  if (!ctx.match.trim()) return sendHtml(ctx, t.usage("import"));
  await offerImport(ctx, readPressRelease(ctx.match, await ctx.engine.lexicon()));
});

importInputs.on("message:text").filter(isPressReleaseText, async (ctx) => {
  await offerImport(ctx, readPressRelease(ctx.message.text, await ctx.engine.lexicon()));
});
