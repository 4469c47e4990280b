// A file is read, then offered with its button. A large one is read after the
// update is answered: the admin is told at once that it is being read, and the
// summary comes as a new message. Reading thousands of names holds the update
// for seconds, long enough under load for the webhook to give up on it (and the
// admin's reply with it); reading it in the background, in chunks that yield,
// keeps other users' answers flowing meanwhile.

import { readImport } from "../../domain/admin/read-import.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { sendHtml } from "../reply.ts";
import { offerImport } from "./pending-import.ts";

/** Lines past which a file is read in the background; fewer read in well under a second. */
export const LONG_IMPORT_LINES = 1_000;

export async function readAndOffer(ctx: AdminContext, name: string, text: string): Promise<void> {
  const readThenOffer = async () =>
    offerImport(ctx, await readImport(name, text, await ctx.engine.lexicon()));
  const { background } = ctx.admin;
  const lines = lineCount(text);
  if (background === undefined || lines < LONG_IMPORT_LINES) return readThenOffer();
  await sendHtml(ctx, t.importReading(lines));
  background(
    readThenOffer().catch(async (error: unknown) => {
      // The update was answered long ago: the admin hears of the failure here or not at all.
      await sendHtml(ctx, t.importFailed).catch(() => undefined);
      throw error;
    }),
  );
}

function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}
