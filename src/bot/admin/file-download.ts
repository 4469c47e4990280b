// The text of a document sent to the bot, fetched from the Bot API's file
// endpoint: `${apiRoot}/file/bot<token>/<file_path>`.

import type { BotContext } from "../context.ts";

/** grammY's default, when the bot was not given another Bot API server. */
const DEFAULT_API_ROOT = "https://api.telegram.org";

/** The document as UTF-8 text, or null when it is larger than maxBytes. */
export async function downloadText(ctx: BotContext, maxBytes: number): Promise<string | null> {
  const file = await ctx.getFile();
  if ((file.file_size ?? 0) > maxBytes) return null;
  if (file.file_path === undefined) throw new Error("getFile returned no file_path");
  const root = ctx.api.options?.apiRoot ?? DEFAULT_API_ROOT;
  const response = await fetch(`${root}/file/bot${ctx.api.token}/${file.file_path}`);
  // The status only: the URL holds the token.
  if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  return bytes.byteLength > maxBytes ? null : new TextDecoder().decode(bytes);
}
