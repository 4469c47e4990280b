// Calls to POST /telegram that did not come from Telegram, or carry nothing a
// bot can use: each is turned away with its status, the bot never runs (no
// Bot API call), and no update_id is claimed, so nothing is lost for the real one.

import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/domain/engine.ts";
import { testBot } from "../bot/harness.ts";
import { seededStore } from "../support/reference.ts";
import { privateTextUpdate } from "../support/telegram-updates.ts";
import { SECRET_HEADER, WEBHOOK_SECRET, webhookApp } from "../support/webhook-app.ts";

const MAX_BODY_BYTES = 1024 * 1024;
const update = JSON.stringify(privateTextUpdate(1, 4242, "IKD Berau"));
const withSecret = { [SECRET_HEADER]: WEBHOOK_SECRET };

/** A body of `bytes` bytes sent in chunks, so no Content-Length tells its size in advance. */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
}

describe("a forged or unusable webhook call", () => {
  const huge = "x".repeat(2 * MAX_BODY_BYTES);
  it.each<{
    call: string;
    body: string | ReadableStream;
    headers: Record<string, string>;
    status: number;
  }>([
    { call: "no secret", body: update, headers: {}, status: 401 },
    { call: "a wrong secret", body: update, headers: { [SECRET_HEADER]: "guessed" }, status: 401 },
    {
      call: "the secret in upper case",
      body: update,
      headers: { [SECRET_HEADER]: WEBHOOK_SECRET.toUpperCase() },
      status: 401,
    },
    { call: "no secret and a huge body", body: huge, headers: {}, status: 401 },
    {
      call: "malformed JSON",
      body: '{"update_id": 1, "message": ',
      headers: withSecret,
      status: 400,
    },
    { call: "a JSON array", body: `[${update}]`, headers: withSecret, status: 400 },
    { call: "JSON null", body: "null", headers: withSecret, status: 400 },
    {
      call: "no update_id",
      body: JSON.stringify({ message: {} }),
      headers: withSecret,
      status: 400,
    },
    {
      call: "a fractional update_id",
      body: JSON.stringify({ update_id: 1.5 }),
      headers: withSecret,
      status: 400,
    },
    {
      call: "an update_id as text",
      body: JSON.stringify({ update_id: "1" }),
      headers: withSecret,
      status: 400,
    },
    { call: "a huge body", body: huge, headers: withSecret, status: 413 },
    {
      call: "a huge body of no stated length",
      body: streamed(2 * MAX_BODY_BYTES),
      headers: withSecret,
      status: 413,
    },
  ])("with $call: $status, and nothing happens", async ({ body, headers, status }) => {
    const store = await seededStore();
    const bot = testBot(createEngine({ facts: store.facts }), { webhookMode: true });
    const { post, seen } = webhookApp(bot.bot, store, { maxBodyBytes: MAX_BODY_BYTES });

    const response = await post(body, headers);

    expect(response.status).toBe(status);
    expect(seen).toEqual([]);
    expect(bot.calls).toEqual([]);
    const { rows } = await store.client.execute("SELECT COUNT(*) AS n FROM processed_updates");
    expect(rows[0]?.n).toBe(0);
  });
});
