// A latency proxy in front of the fake Bot API: every request is held half
// the round trip before it is forwarded, and its answer half the round trip
// before it is returned, as a bot hosted far from Telegram's servers sees it.

import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface LatencyProxy {
  /** TELEGRAM_API_ROOT for the bot: the proxy's address. */
  apiRoot: string;
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startLatencyProxy(
  target: string,
  roundTripMs: number,
): Promise<LatencyProxy> {
  const upstream = new URL(target);
  const half = roundTripMs / 2;
  const server = createServer(async (req, res) => {
    const body = await readAll(req);
    await wait(half);
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      async (answer) => {
        const answered = await readAll(answer);
        await wait(half);
        if (res.destroyed) return;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        res.end(answered);
      },
    );
    // The client gave up (a timeout): the request still reaches the Bot API, as it would Telegram.
    forwarded.on("error", () => res.destroy());
    forwarded.end(body);
  });
  server.keepAliveTimeout = 75_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
