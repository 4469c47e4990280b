// Polling serves chats concurrently; each chat's updates still run one at a
// time, in the order they came.

import { describe, expect, it } from "vitest";
import type { BotContext } from "../../src/bot/context.ts";
import { perChatOrder } from "../../src/bot/per-chat-order.ts";

const ctxIn = (chatId: number) => ({ chat: { id: chatId }, from: { id: chatId } }) as BotContext;

describe("per-chat order", () => {
  it("holds a chat's second update until its first is done, and lets another chat's through", async () => {
    const order = perChatOrder();
    const events: string[] = [];
    let releaseFirst = () => {};
    const gate = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const first = order(ctxIn(1), async () => {
      events.push("chat 1: first starts");
      await gate;
      events.push("chat 1: first ends");
    });
    const second = order(ctxIn(1), async () => {
      events.push("chat 1: second starts");
    });
    const other = order(ctxIn(2), async () => {
      events.push("chat 2 answered");
    });
    await other;
    expect(events).toEqual(["chat 1: first starts", "chat 2 answered"]);
    releaseFirst();
    await Promise.all([first, second]);
    expect(events).toEqual([
      "chat 1: first starts",
      "chat 2 answered",
      "chat 1: first ends",
      "chat 1: second starts",
    ]);
  });
});
