// Files sent to a bot, as the Bot API serves them: getFile answered through an
// API transformer, the download from a loopback server at
// `${apiRoot}/file/bot<token>/<file_path>`. Give the bot `apiRoot`.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Bot, Context } from "grammy";
import type { Document } from "grammy/types";

export interface TelegramFiles {
  apiRoot: string;
  /** Serves the content (text as UTF-8) under a new file id; returns the document a message would carry. */
  add(fileName: string, content: string | Buffer): Document;
  /** Answers the bot's getFile calls (they are still recorded by transformers installed earlier). */
  install<C extends Context>(bot: Bot<C>): void;
  close(): Promise<void>;
}

export async function serveTelegramFiles(token: string): Promise<TelegramFiles> {
  const contents = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const prefix = `/file/bot${token}/`;
    const content = req.url?.startsWith(prefix)
      ? contents.get(req.url.slice(prefix.length))
      : undefined;
    if (content === undefined) res.writeHead(404).end();
    else res.writeHead(200, { "content-type": "application/octet-stream" }).end(content);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    add(fileName, content) {
      const id = `file${contents.size + 1}`;
      const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      contents.set(`documents/${id}`, bytes);
      return {
        file_id: id,
        file_unique_id: `u${id}`,
        file_name: fileName,
        file_size: bytes.length,
      };
    },
    install(bot) {
      bot.api.config.use(async (prev, method, payload, signal) => {
        if (method !== "getFile") return prev(method, payload, signal);
        await prev(method, payload, signal);
        const fileId = (payload as { file_id: string }).file_id;
        const path = `documents/${fileId}`;
        const file = {
          file_id: fileId,
          file_unique_id: `u${fileId}`,
          file_size: contents.get(path)?.length,
          file_path: path,
        };
        return { ok: true, result: file } as Awaited<ReturnType<typeof prev>>;
      });
    },
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
