// The bot's own words, one set per language. Answers come from the domain's
// messages; these are only what the chat around an answer needs. Written
// without <, > and &: they go out with the HTML parse mode like every reply.

import type { Lang } from "../domain/types.ts";

export interface BotTexts {
  welcome: string;
  apology: string;
  slowDown: string;
  staleButton: string;
  ranking: string;
  overview: string;
  allIndicators: string;
  allRegions: string;
}

const id: BotTexts = {
  welcome:
    "Halo! Saya Tanya Adminduk. Saya menjawab pertanyaan tentang data administrasi kependudukan (KTP-el, KIA, IKD) per wilayah.\n\nKetik pertanyaan Anda, atau pilih salah satu contoh di bawah. Petunjuk lengkap: /bantuan",
  apology: "Maaf, terjadi kesalahan saat menjawab. Silakan coba lagi sebentar lagi.",
  slowDown: "Terlalu banyak pesan sekaligus. Tunggu sebentar, lalu tanyakan lagi.",
  staleButton: "Tombol ini sudah tidak berlaku. Silakan tanyakan lagi.",
  ranking: "Peringkat",
  overview: "« Ringkasan",
  allIndicators: "« Semua indikator",
  allRegions: "« Semua wilayah",
};

const en: BotTexts = {
  welcome:
    "Hello! I am Tanya Adminduk. I answer questions about population-administration data (e-KTP, KIA, IKD) by region.\n\nType your question, or pick one of the examples below. Full guide: /help",
  apology: "Sorry, something went wrong while answering. Please try again shortly.",
  slowDown: "Too many messages at once. Please wait a moment, then ask again.",
  staleButton: "This button has expired. Please ask again.",
  ranking: "Ranking",
  overview: "« Overview",
  allIndicators: "« All indicators",
  allRegions: "« All regions",
};

const TEXTS: Record<Lang, BotTexts> = { id, en };

export function textsFor(lang: Lang): BotTexts {
  return TEXTS[lang];
}
