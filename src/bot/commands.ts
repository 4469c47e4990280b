// The command menu, in Indonesian (everyone's default) and English (apps set
// to English). Each command names what it does; the alias a user types also
// tells which language to answer in. Registered once at startup, not per update.

import type { Api } from "grammy";
import type { Lang } from "../domain/types.ts";

export type CommandAction =
  | "ask"
  | "help"
  | "indicators"
  | "regions"
  | "sources"
  | "subscribe"
  | "unsubscribe"
  | "forget";

export interface BotCommandEntry {
  command: string;
  action: CommandAction;
  description: string;
}

export const COMMANDS: Record<Lang, BotCommandEntry[]> = {
  id: [
    {
      command: "tanya",
      action: "ask",
      description: "Ajukan pertanyaan (di grup: /tanya IKD Berau)",
    },
    {
      command: "indikator",
      action: "indicators",
      description: "Pilih indikator: nilai provinsi, tertinggi, terendah",
    },
    { command: "wilayah", action: "regions", description: "Pilih kabupaten/kota: semua datanya" },
    { command: "sumber", action: "sources", description: "Sumber dan tanggal data" },
    {
      command: "langganan",
      action: "subscribe",
      description: "Kabar setiap rilis data baru (pilih: /langganan ikd berau)",
    },
    { command: "berhenti", action: "unsubscribe", description: "Berhenti menerima kabar rilis" },
    { command: "hapusdata", action: "forget", description: "Hapus data pribadi Anda dari bot" },
    { command: "bantuan", action: "help", description: "Petunjuk dan contoh pertanyaan" },
  ],
  en: [
    { command: "ask", action: "ask", description: "Ask a question (in groups: /ask IKD Berau)" },
    {
      command: "indicators",
      action: "indicators",
      description: "Pick an indicator: province value, highest, lowest",
    },
    { command: "regions", action: "regions", description: "Pick a regency or city: all its data" },
    { command: "sources", action: "sources", description: "Data sources and dates" },
    {
      command: "subscribe",
      action: "subscribe",
      description: "News of every new data release (choose: /subscribe ikd berau)",
    },
    { command: "unsubscribe", action: "unsubscribe", description: "Stop release news" },
    {
      command: "deletedata",
      action: "forget",
      description: "Delete your personal data from the bot",
    },
    { command: "help", action: "help", description: "Guide and example questions" },
  ],
};

/** Every alias of an action, in all languages: ["tanya", "ask"]. */
export function commandNames(action: CommandAction): string[] {
  return Object.values(COMMANDS)
    .flat()
    .filter((entry) => entry.action === action)
    .map((entry) => entry.command);
}

/** The signal bounds the calls' wait (start-up gives up on a silent Bot API). */
export async function registerCommands(api: Api, signal?: AbortSignal): Promise<void> {
  const menu = (lang: Lang) =>
    COMMANDS[lang].map(({ command, description }) => ({ command, description }));
  // grammY types its signal as the abort-controller package's, the same interface as the platform's.
  const abort = signal as Parameters<Api["setMyCommands"]>[2];
  await api.setMyCommands(menu("id"), {}, abort);
  await api.setMyCommands(menu("en"), { language_code: "en" }, abort);
}
