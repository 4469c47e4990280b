import type { Command } from "./command.ts";
import { telegramApi } from "./telegram-api.ts";

/**
 * `bot-info`: getMe as one line of JSON, the value of the Worker's BOT_INFO var,
 * so the Worker never calls getMe.
 */
export const botInfo: Command = async ({ env }) => JSON.stringify(await telegramApi(env).getMe());
