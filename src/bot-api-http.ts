// How the Node server's Bot API calls travel. grammY's default on Node is
// node-fetch, which wraps each call in its own Request, Headers and body
// streams around node:http; at saturation that wrapping cost about a tenth of
// the CPU of an answered question. Every call but a file upload is a JSON
// body POSTed and a JSON body read back, so this sends it with node:http(s)
// itself, on kept-alive connections, and hands grammY the one thing it reads
// from the answer: json(). An upload (a chart's photo, a multipart stream)
// goes through the platform's fetch. Workers keep their own fetch.

import http from "node:http";
import https from "node:https";

/** What grammY reads of a fetch response: its body as JSON, whatever the status (Telegram errors are JSON too). */
interface JsonAnswer {
  status: number;
  json(): Promise<unknown>;
}

/** The subset of a fetch call's init that grammY passes for a JSON call. */
interface CallInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** grammY's AbortSignal (its own polyfill, so not one node:http accepts). */
  signal?: { aborted: boolean; addEventListener(type: "abort", listener: () => void): void } | null;
}

export function botApiFetch(uploads: typeof fetch = fetch): typeof fetch {
  const agents = {
    "http:": new http.Agent({ keepAlive: true }),
    "https:": new https.Agent({ keepAlive: true }),
  };
  // One address per method: parsed once, not on every call.
  const addresses = new Map<string, URL>();
  const send = (input: unknown, init?: CallInit): Promise<JsonAnswer> => {
    const body = init?.body;
    if (typeof input !== "string" || typeof body !== "string") {
      return uploads(input as Parameters<typeof fetch>[0], init as RequestInit);
    }
    let url = addresses.get(input);
    if (url === undefined) {
      url = new URL(input);
      addresses.set(input, url);
    }
    return post(url, body, init, agents);
  };
  // grammY types its option as the platform's fetch; it calls it with a URL string
  // and reads only json() of what comes back, which is all a JSON answer offers.
  return send as unknown as typeof fetch;
}

function post(
  url: URL,
  body: string,
  init: CallInit | undefined,
  agents: { "http:": http.Agent; "https:": https.Agent },
): Promise<JsonAnswer> {
  const secure = url.protocol === "https:";
  const request = secure ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const call = request(
      url,
      {
        method: init?.method ?? "POST",
        agent: secure ? agents["https:"] : agents["http:"],
        headers: {
          ...init?.headers,
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: response.statusCode ?? 0,
            json: async () => JSON.parse(text),
          });
        });
      },
    );
    call.on("error", reject);
    const signal = init?.signal;
    if (signal) {
      // grammY aborts a call that outlived its timeout: the socket goes with it.
      if (signal.aborted) call.destroy(new Error("the call was aborted"));
      else signal.addEventListener("abort", () => call.destroy(new Error("the call was aborted")));
    }
    call.end(body);
  });
}
