// Commands that exist only where there is a Telegram chat: subscriptions
// (news is sent to a chat) and /hapusdata (what is stored is a chat's). The
// terminal has no such chat, so there they are answered with where they work,
// in the language of the alias typed, instead of "not understood".

import { COMMANDS } from "../bot/commands.ts";
import type { Lang } from "../domain/types.ts";

const TELEGRAM_ACTIONS: ReadonlySet<string> = new Set(["subscribe", "unsubscribe", "forget"]);

/** Not in the menu (src/bot/features/subscriptions.ts), and as Telegram-bound. */
const CHANNEL_COMMANDS: Record<Lang, string> = { id: "langganan_kanal", en: "subscribe_channel" };

const TELEGRAM_ONLY: ReadonlyMap<string, Lang> = new Map(
  (Object.keys(COMMANDS) as Lang[]).flatMap((lang) => [
    ...COMMANDS[lang]
      .filter(({ action }) => TELEGRAM_ACTIONS.has(action))
      .map(({ command }) => [command, lang] as const),
    [CHANNEL_COMMANDS[lang], lang] as const,
  ]),
);

/** The command typed, and its language, when it only works on Telegram. */
export function telegramOnlyCommand(line: string): { command: string; lang: Lang } | undefined {
  const command = /^\/(\w+)(?:@\w+)?(?:\s|$)/.exec(line)?.[1]?.toLowerCase();
  const lang = command === undefined ? undefined : TELEGRAM_ONLY.get(command);
  return command !== undefined && lang !== undefined ? { command, lang } : undefined;
}
