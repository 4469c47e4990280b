// A fetch that stands in for the Bot API at the HTTP level, so what grammY
// really sends is seen: JSON bodies, and multipart bodies with their files
// (a photo upload). sendPhoto answers with photo sizes whose file_ids the bot
// may send again; sendMessage with a message; everything else with true.

export interface HttpCall {
  method: string;
  /** The fields sent, as text (JSON bodies parsed, multipart fields as sent). */
  fields: Record<string, unknown>;
  /** Files uploaded in a multipart body, by field name. */
  files: Record<string, { name: string; type: string; bytes: Uint8Array }>;
}

export interface BotApiFetch {
  fetch: typeof fetch;
  calls: HttpCall[];
  sent(method: string): HttpCall[];
}

export function botApiFetch(): BotApiFetch {
  const calls: HttpCall[] = [];
  let nextId = 1;
  const fake = async (input: string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const method = new URL(request.url).pathname.split("/").at(-1) ?? "";
    const call: HttpCall = { method, fields: {}, files: {} };
    const type = request.headers.get("content-type") ?? "";
    if (type.startsWith("multipart/form-data")) {
      const boundary = /boundary=(.+)$/.exec(type)?.[1] ?? "";
      readMultipart(new Uint8Array(await request.arrayBuffer()), boundary, call);
    } else if (type.includes("json")) {
      call.fields = (await request.json()) as Record<string, unknown>;
    }
    calls.push(call);
    return Response.json({ ok: true, result: resultOf(call, nextId++) });
  };
  return {
    fetch: fake as typeof fetch,
    calls,
    sent: (method) => calls.filter((c) => c.method === method),
  };
}

function resultOf(call: HttpCall, id: number): unknown {
  const message = {
    message_id: id,
    date: Math.floor(Date.now() / 1000),
    chat: { id: 1, type: "private" },
  };
  if (call.method === "sendMessage") return { ...message, text: call.fields.text };
  if (call.method === "sendPhoto") {
    return {
      ...message,
      caption: call.fields.caption,
      photo: [
        { file_id: `small-${id}`, file_unique_id: `s${id}`, width: 320, height: 160 },
        { file_id: `photo-${id}`, file_unique_id: `p${id}`, width: 800, height: 400 },
      ],
    };
  }
  return true;
}

/**
 * grammY's multipart, read as Telegram reads it: header names in any case and
 * without spaces, a file sent as "attach://<name>" in its field and as a part
 * named <name>. The file is filed under the field that refers to it.
 */
function readMultipart(body: Uint8Array, boundary: string, call: HttpCall): void {
  // latin1 maps every byte to one character and back, so file bytes survive.
  const text = new TextDecoder("latin1").decode(body);
  const parts = text.split(`--${boundary}`).slice(1, -1);
  const uploads: HttpCall["files"] = {};
  for (const part of parts) {
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.slice(2, headerEnd).toLowerCase();
    const content = part.slice(headerEnd + 4, -2);
    const name = /(?:^|;)\s*name="?([^";\r\n]*)/.exec(headers)?.[1] ?? "";
    const filename = /filename="?([^";\r\n]*)/.exec(part.slice(2, headerEnd))?.[1];
    if (filename === undefined) {
      call.fields[name] = new TextDecoder().decode(latin1Bytes(content));
    } else {
      const fileType = /content-type:\s*([^\r\n]+)/.exec(headers)?.[1] ?? "";
      uploads[name] = { name: filename, type: fileType, bytes: latin1Bytes(content) };
    }
  }
  for (const [field, value] of Object.entries(call.fields)) {
    const upload =
      typeof value === "string" && value.startsWith("attach://")
        ? uploads[value.slice(9)]
        : undefined;
    if (upload) call.files[field] = upload;
  }
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
