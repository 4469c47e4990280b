// One broadcast message to one chat, and what Telegram's answer means for the
// outbox. The Api given must not retry by itself (no auto-retry): a 429 is the
// worker's to schedule, so that one chat's wait does not hold up the others.

import { type Api, GrammyError, HttpError } from "grammy";
import type { Html } from "../domain/html.ts";

export type SendOutcome =
  | { kind: "sent"; messageId: number }
  /** 429: Telegram's flood control says when to try again. */
  | { kind: "too-many"; retryAfterSeconds: number }
  /** 403 (blocked, removed), or a chat that no longer exists. */
  | { kind: "gone"; description: string }
  /** 400 with migrate_to_chat_id: the group became a supergroup. */
  | { kind: "moved"; chatId: number }
  /** 5xx or the network: worth trying again later. */
  | { kind: "transient"; description: string }
  /**
   * No answer in time: Telegram may still deliver it, so it is not sent again
   * by itself (an operator can, with broadcast:retry).
   */
  | { kind: "unanswered"; description: string }
  /** 401, 404: Telegram refused the bot itself (its token): every send would fail alike. */
  | { kind: "refused-bot"; description: string }
  /** Any other refusal: trying again cannot help. */
  | { kind: "rejected"; description: string };

export type Send = (chatId: number, html: Html) => Promise<SendOutcome>;

export function telegramSender(api: Api): Send {
  return async (chatId, html) => {
    try {
      const message = await api.sendMessage(chatId, html, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      });
      return { kind: "sent", messageId: message.message_id };
    } catch (error) {
      return outcomeOf(error);
    }
  };
}

function outcomeOf(error: unknown): SendOutcome {
  // A timeout or a dropped connection: grammY's message names the method, never the token.
  if (error instanceof HttpError) {
    // grammY's own timeout aborts the request; its cause says so.
    const cause = error.error instanceof Error ? error.error.message : "";
    if (/timed out/.test(cause)) return { kind: "unanswered", description: cause };
    return { kind: "transient", description: error.message };
  }
  if (!(error instanceof GrammyError)) throw error;
  const { error_code: code, description, parameters } = error;
  if (code === 401 || code === 404)
    return { kind: "refused-bot", description: `${code}: ${description}` };
  if (code === 429) return { kind: "too-many", retryAfterSeconds: parameters.retry_after ?? 1 };
  if (parameters.migrate_to_chat_id !== undefined) {
    return { kind: "moved", chatId: parameters.migrate_to_chat_id };
  }
  if (code === 403 || /chat not found/i.test(description)) return { kind: "gone", description };
  if (code >= 500) return { kind: "transient", description };
  return { kind: "rejected", description };
}
