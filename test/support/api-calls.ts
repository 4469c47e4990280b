// Records a grammY bot's outgoing Bot API calls instead of sending them.

import type { Bot, Context } from "grammy";

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/** Every call succeeds; sendMessage answers with a message, everything else with `true`. */
export function captureApiCalls<C extends Context>(bot: Bot<C>): ApiCall[] {
  const calls: ApiCall[] = [];
  let nextMessageId = 1;
  bot.api.config.use(async (_previous, method, payload) => {
    const call = { method, payload: { ...(payload as Record<string, unknown>) } };
    calls.push(call);
    const result =
      method === "sendMessage"
        ? {
            message_id: nextMessageId++,
            date: Math.floor(Date.now() / 1000),
            chat: { id: call.payload.chat_id, type: "private" },
            text: call.payload.text,
          }
        : true;
    // The transformer's return type depends on the method; this fake answers them all.
    return { ok: true, result } as never;
  });
  return calls;
}
