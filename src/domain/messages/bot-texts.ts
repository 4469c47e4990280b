// The bot's own words, one set per language. Answers come from the domain's
// messages; these are only what the chat around an answer needs. Written
// without <, > and &: they go out with the HTML parse mode like every reply.
// Arguments (names, typed text) arrive already HTML-escaped.

import type { Forgotten } from "../privacy.ts";
import type { Lang } from "../types.ts";

/** Replies about subscriptions; `about` describes a filter: " about IKD in Kota Bontang". */
export interface SubscriptionTexts {
  /** A filter, from escaped names: "" when there is none. */
  about(indicator: string | null, region: string | null): string;
  subscribed(about: string): string;
  current(about: string): string;
  unsubscribed: string;
  notSubscribed: string;
  groupAdminsOnly: string;
  unknownFilter(typed: string): string;
  channelUsage: string;
  channelNotFound(channel: string): string;
  channelAdminsOnly(channel: string): string;
  channelCannotPost(channel: string): string;
  channelSubscribed(channel: string, about: string): string;
}

/** /hapusdata: what is stored, a button to delete it, and what was deleted. */
export interface ForgetTexts {
  prompt: string;
  button: string;
  /** What was deleted, then what was kept and why. */
  done(forgotten: Forgotten): string;
  privateOnly: string;
}

export interface BotTexts {
  welcome: string;
  /** The reply to a photo, sticker, voice message or file in a private chat. */
  textOnly: string;
  /** The terminal chat's reply to a command that only works on Telegram. */
  telegramOnly(command: string): string;
  apology: string;
  slowDown: string;
  staleButton: string;
  ranking: string;
  overview: string;
  allIndicators: string;
  allRegions: string;
  /** Under every broadcast message, except in channels. */
  stopNews: string;
  subscription: SubscriptionTexts;
  forget: ForgetTexts;
}

const id: BotTexts = {
  welcome:
    "Halo! Saya Tanya Adminduk. Saya menjawab pertanyaan tentang data administrasi kependudukan (KTP-el, KIA, IKD) per wilayah.\n\nKetik pertanyaan Anda, atau pilih salah satu contoh di bawah. Petunjuk lengkap: /bantuan",
  textOnly:
    "Saya hanya membaca pesan teks: foto, stiker, pesan suara dan berkas tidak saya baca. Ketik pertanyaan Anda, misalnya: IKD Berau. Petunjuk: /bantuan",
  telegramOnly: (command) =>
    `/${command} hanya bekerja di Telegram, tidak di chat terminal ini: langganan dan data pribadi terikat pada chat Telegram. Di sini Anda bisa bertanya apa saja tentang data, misalnya: IKD Berau. Petunjuk: /bantuan`,
  apology: "Maaf, terjadi kesalahan saat menjawab. Silakan coba lagi sebentar lagi.",
  slowDown: "Terlalu banyak pesan sekaligus. Tunggu sebentar, lalu tanyakan lagi.",
  staleButton: "Tombol ini sudah tidak berlaku. Silakan tanyakan lagi.",
  ranking: "Peringkat",
  overview: "« Ringkasan",
  allIndicators: "« Semua indikator",
  allRegions: "« Semua wilayah",
  stopNews: "Berhenti menerima kabar ini: /berhenti",
  subscription: {
    about: (indicator, region) =>
      [indicator && ` tentang ${indicator}`, region && ` di ${region}`].filter(Boolean).join(""),
    subscribed: (about) =>
      `Berlangganan. Chat ini akan menerima kabar setiap rilis data baru${about}, dan koreksinya.\n\nPilih yang diterima: /langganan berau, /langganan ikd, /langganan ikd berau (semua lagi: /langganan semua). Berhenti: /berhenti`,
    current: (about) =>
      `Chat ini berlangganan kabar rilis data baru${about}.\n\nUbah pilihan: /langganan berau, /langganan ikd, /langganan ikd berau (semua lagi: /langganan semua). Berhenti: /berhenti`,
    unsubscribed: "Langganan dihentikan: tidak ada kabar rilis lagi. Berlangganan lagi: /langganan",
    notSubscribed: "Chat ini tidak berlangganan. Berlangganan: /langganan",
    groupAdminsOnly: "Maaf, langganan grup ini hanya dapat diatur oleh admin grup.",
    unknownFilter: (typed) =>
      `“${typed}” tidak saya kenali sebagai wilayah atau indikator. Contoh: /langganan berau, /langganan ikd, /langganan ikd berau.`,
    channelUsage:
      "Jadikan bot admin kanal Anda (dengan izin mengirim pesan), lalu tulis: /langganan_kanal @namakanal (boleh dengan pilihan, misalnya /langganan_kanal @namakanal ikd).",
    channelNotFound: (channel) =>
      `Kanal ${channel} tidak saya temukan. Jadikan bot admin kanal itu dulu, lalu coba lagi.`,
    channelAdminsOnly: (channel) => `Maaf, kanal ${channel} hanya dapat didaftarkan oleh adminnya.`,
    channelCannotPost: (channel) =>
      `Saya belum boleh mengirim pesan di ${channel}: jadikan bot admin kanal dengan izin mengirim pesan, lalu coba lagi.`,
    channelSubscribed: (channel, about) =>
      `Kanal ${channel} berlangganan kabar rilis data baru${about}. Untuk berhenti, keluarkan bot dari kanal.`,
  },
  forget: {
    prompt:
      "Tentang Anda, bot ini menyimpan: langganan chat ini (jika ada) beserta kabar yang menunggu atau sudah dikirim ke chat ini, impor data yang belum Anda konfirmasi (khusus admin data), dan ID Anda sebagai pendaftar langganan grup atau kanal. Pertanyaan Anda tidak disimpan.\n\nHapus semuanya? Langganan grup dan kanal tetap berjalan (milik grupnya), hanya tanpa ID Anda.",
    button: "Hapus data saya",
    done: (f) =>
      [
        `Selesai. Dihapus: ${f.subscription ? "langganan chat ini" : "tidak ada langganan"}, ${f.deliveries} catatan kabar, ${f.pendingImports} impor tertunda, ID Anda dari ${f.subscribedChats} langganan grup/kanal dan dari ${f.deliveryReports} laporan pengiriman kabar.`,
        ...(f.editor
          ? [
              "Tetap disimpan: Anda editor data, hak akses yang diberikan pemilik bot; hak itu dicabut oleh pemilik dengan /editor_hapus.",
            ]
          : []),
        ...(f.adminWrites
          ? [
              "Tetap disimpan: catatan perubahan data publik (dan sumber pantauan) yang Anda buat sebagai admin, sebagai jejak audit siapa mengubah apa.",
            ]
          : []),
      ].join("\n\n"),
    privateOnly:
      "Data pribadi dihapus lewat chat pribadi dengan bot: kirim /hapusdata di sana. Langganan grup ini diatur adminnya dengan /berhenti.",
  },
};

const en: BotTexts = {
  welcome:
    "Hello! I am Tanya Adminduk. I answer questions about population-administration data (e-KTP, KIA, IKD) by region.\n\nType your question, or pick one of the examples below. Full guide: /help",
  textOnly:
    "I only read text messages: photos, stickers, voice messages and files are not read. Type your question, for example: IKD in Berau. Guide: /help",
  telegramOnly: (command) =>
    `/${command} works on Telegram only, not in this terminal chat: subscriptions and personal data belong to a Telegram chat. Here you can ask anything about the data, for example: IKD in Berau. Guide: /help`,
  apology: "Sorry, something went wrong while answering. Please try again shortly.",
  slowDown: "Too many messages at once. Please wait a moment, then ask again.",
  staleButton: "This button has expired. Please ask again.",
  ranking: "Ranking",
  overview: "« Overview",
  allIndicators: "« All indicators",
  allRegions: "« All regions",
  stopNews: "Stop these updates: /unsubscribe",
  subscription: {
    about: (indicator, region) =>
      [indicator && ` about ${indicator}`, region && ` in ${region}`].filter(Boolean).join(""),
    subscribed: (about) =>
      `Subscribed. This chat will get news of every new data release${about}, and of corrections.\n\nChoose what you get: /subscribe berau, /subscribe ikd, /subscribe ikd berau (everything again: /subscribe all). Stop: /unsubscribe`,
    current: (about) =>
      `This chat gets news of new data releases${about}.\n\nChange it: /subscribe berau, /subscribe ikd, /subscribe ikd berau (everything again: /subscribe all). Stop: /unsubscribe`,
    unsubscribed: "Unsubscribed: no more release news. Subscribe again: /subscribe",
    notSubscribed: "This chat is not subscribed. Subscribe: /subscribe",
    groupAdminsOnly: "Sorry, only the group's admins can manage its subscription.",
    unknownFilter: (typed) =>
      `I do not know “${typed}” as a region or an indicator. For example: /subscribe berau, /subscribe ikd, /subscribe ikd berau.`,
    channelUsage:
      "Make the bot an admin of your channel (allowed to post messages), then write: /subscribe_channel @channelname (a choice may follow, e.g. /subscribe_channel @channelname ikd).",
    channelNotFound: (channel) =>
      `I cannot find the channel ${channel}. Make the bot an admin there first, then try again.`,
    channelAdminsOnly: (channel) => `Sorry, only the admins of ${channel} can register it.`,
    channelCannotPost: (channel) =>
      `I may not post in ${channel} yet: make the bot a channel admin allowed to post messages, then try again.`,
    channelSubscribed: (channel, about) =>
      `The channel ${channel} gets news of new data releases${about}. To stop, remove the bot from the channel.`,
  },
  forget: {
    prompt:
      "About you, this bot stores: this chat's subscription (if any) with the news waiting for or sent to this chat, data imports you have not confirmed (data admins only), and your id as the one who subscribed a group or channel. Your questions are not stored.\n\nDelete all of it? Group and channel subscriptions keep running (they belong to the chat), only without your id.",
    button: "Delete my data",
    done: (f) =>
      [
        `Done. Deleted: ${f.subscription ? "this chat's subscription" : "no subscription"}, ${f.deliveries} news records, ${f.pendingImports} pending imports, your id from ${f.subscribedChats} group/channel subscriptions and from ${f.deliveryReports} delivery reports.`,
        ...(f.editor
          ? [
              "Kept: you are a data editor, an access the bot's owner granted; the owner removes it with /editor_remove.",
            ]
          : []),
        ...(f.adminWrites
          ? [
              "Kept: the changes to public data (and the sources to watch) you made as an admin, as the audit trail of who changed what.",
            ]
          : []),
      ].join("\n\n"),
    privateOnly:
      "Personal data is deleted in a private chat with the bot: send /deletedata there. This group's subscription is managed by its admins with /unsubscribe.",
  },
};

const TEXTS: Record<Lang, BotTexts> = { id, en };

export function textsFor(lang: Lang): BotTexts {
  return TEXTS[lang];
}
