// Waiting in the Worker tests for a message the Worker sends: on a timeout the
// error carries wrangler's output, which says why the Worker did not send it.

import type { FakeBotApi, RecordedCall } from "../../support/fake-bot-api.ts";
import type { WranglerDev } from "../../support/wrangler-dev.ts";

/** The first sendMessage to `chatId` whose text passes `textMatches`, within `timeoutMs`. */
export function sentMessage(
  telegram: FakeBotApi,
  worker: WranglerDev,
  chatId: number,
  timeoutMs: number,
  textMatches: (text: string) => boolean = () => true,
): Promise<RecordedCall> {
  return telegram
    .waitForCall(
      ({ method, payload }) =>
        method === "sendMessage" && payload.chat_id === chatId && textMatches(String(payload.text)),
      timeoutMs,
    )
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\n--- wrangler output ---\n${worker.process.output()}`);
    });
}
