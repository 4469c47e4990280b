// A stand-in for Telegram's Bot API on loopback, for `npm run dev` without a bot
// token: it accepts every call and prints the messages the bot sends, so a
// question typed into the dev console shows its answer there.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { UserFromGetMe } from "grammy/types";

export interface LocalBotApi {
  /** For TELEGRAM_API_ROOT. */
  apiRoot: string;
  close(): Promise<void>;
}

/** Methods whose text is shown; every other call is answered `true` and shown by name. */
const SHOWN = new Set(["sendMessage", "editMessageText", "answerInlineQuery", "sendPhoto"]);

export async function startLocalBotApi(
  botInfo: UserFromGetMe,
  print: (line: string) => void,
): Promise<LocalBotApi> {
  let nextMessageId = 1;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const method = (request.url ?? "").split("/").at(-1) ?? "";
      const payload = parsed(Buffer.concat(chunks).toString("utf8"));
      const result =
        method === "getMe"
          ? botInfo
          : method === "sendMessage"
            ? {
                message_id: nextMessageId++,
                date: Math.floor(Date.now() / 1000),
                chat: { id: payload.chat_id, type: "private" },
                text: payload.text,
              }
            : true;
      if (SHOWN.has(method))
        print(`${method} to ${String(payload.chat_id ?? "")}:\n${plain(payload.text)}`);
      else if (method !== "getMe") print(`(${method})`);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function parsed(body: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Telegram HTML as a terminal shows it: tags dropped, the five entities decoded. */
function plain(text: unknown): string {
  return String(text ?? "")
    .replace(/<[^>]{0,200}>/g, "")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}
