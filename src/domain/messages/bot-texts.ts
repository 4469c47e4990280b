// The bot's own words, one set per language. Answers come from the domain's
// messages; these are only what the chat around an answer needs. Written
// without <, > and &: they go out with the HTML parse mode like every reply.
// Arguments (names, typed text) arrive already HTML-escaped.

import { type Html, html, joinHtml } from "../html.ts";
import type { Forgotten } from "../privacy.ts";
import type { Lang } from "../types.ts";

/** Replies about subscriptions; `about` describes a filter: " about IKD in Kota Bontang". */
export interface SubscriptionTexts {
  /** A filter, from escaped names: "" when there is none. */
  about(indicator: Html | null, region: Html | null): Html;
  subscribed(about: Html): Html;
  current(about: Html): Html;
  unsubscribed: Html;
  notSubscribed: Html;
  groupAdminsOnly: Html;
  unknownFilter(typed: Html): Html;
  channelUsage: Html;
  channelNotFound(channel: Html): Html;
  channelAdminsOnly(channel: Html): Html;
  channelCannotPost(channel: Html): Html;
  channelSubscribed(channel: Html, about: Html): Html;
}

/** /hapusdata: what is stored, a button to delete it, and what was deleted. */
export interface ForgetTexts {
  prompt: Html;
  button: string;
  /** What was deleted, then what was kept and why. */
  done(forgotten: Forgotten): Html;
  privateOnly: Html;
}

export interface BotTexts {
  welcome: Html;
  /** The reply to a photo, sticker, voice message or file in a private chat. */
  textOnly: Html;
  /** The terminal chat's reply to a command that only works on Telegram. */
  telegramOnly(command: Html): Html;
  apology: Html;
  slowDown: Html;
  staleButton: string;
  ranking: string;
  overview: string;
  allIndicators: string;
  allRegions: string;
  /** Under every broadcast message, except in channels. */
  stopNews: Html;
  subscription: SubscriptionTexts;
  forget: ForgetTexts;
}

const id: BotTexts = {
  welcome: html`Halo! Saya Tanya Adminduk. Saya menjawab pertanyaan tentang data administrasi kependudukan (KTP-el, KIA, IKD) per wilayah.\n\nKetik pertanyaan Anda, atau pilih salah satu contoh di bawah. Petunjuk lengkap: /bantuan`,
  textOnly: html`Saya hanya membaca pesan teks: foto, stiker, pesan suara dan berkas tidak saya baca. Ketik pertanyaan Anda, misalnya: IKD Berau. Petunjuk: /bantuan`,
  telegramOnly: (command) =>
    html`/${command} hanya bekerja di Telegram, tidak di chat terminal ini: langganan dan data pribadi terikat pada chat Telegram. Di sini Anda bisa bertanya apa saja tentang data, misalnya: IKD Berau. Petunjuk: /bantuan`,
  apology: html`Maaf, terjadi kesalahan saat menjawab. Silakan coba lagi sebentar lagi.`,
  slowDown: html`Terlalu banyak pesan sekaligus. Tunggu sebentar, lalu tanyakan lagi.`,
  staleButton: "Tombol ini sudah tidak berlaku. Silakan tanyakan lagi.",
  ranking: "Peringkat",
  overview: "« Ringkasan",
  allIndicators: "« Semua indikator",
  allRegions: "« Semua wilayah",
  stopNews: html`Berhenti menerima kabar ini: /berhenti`,
  subscription: {
    about: (indicator, region) =>
      html`${indicator ? html` tentang ${indicator}` : ""}${region ? html` di ${region}` : ""}`,
    subscribed: (about) =>
      html`Berlangganan. Chat ini akan menerima kabar setiap rilis data baru${about}, dan koreksinya.\n\nPilih yang diterima: /langganan berau, /langganan ikd, /langganan ikd berau (semua lagi: /langganan semua). Berhenti: /berhenti`,
    current: (about) =>
      html`Chat ini berlangganan kabar rilis data baru${about}.\n\nUbah pilihan: /langganan berau, /langganan ikd, /langganan ikd berau (semua lagi: /langganan semua). Berhenti: /berhenti`,
    unsubscribed: html`Langganan dihentikan: tidak ada kabar rilis lagi. Berlangganan lagi: /langganan`,
    notSubscribed: html`Chat ini tidak berlangganan. Berlangganan: /langganan`,
    groupAdminsOnly: html`Maaf, langganan grup ini hanya dapat diatur oleh admin grup.`,
    unknownFilter: (typed) =>
      html`“${typed}” tidak saya kenali sebagai wilayah atau indikator. Contoh: /langganan berau, /langganan ikd, /langganan ikd berau.`,
    channelUsage: html`Jadikan bot admin kanal Anda (dengan izin mengirim pesan), lalu tulis: /langganan_kanal @namakanal (boleh dengan pilihan, misalnya /langganan_kanal @namakanal ikd).`,
    channelNotFound: (channel) =>
      html`Kanal ${channel} tidak saya temukan. Jadikan bot admin kanal itu dulu, lalu coba lagi.`,
    channelAdminsOnly: (channel) =>
      html`Maaf, kanal ${channel} hanya dapat didaftarkan oleh adminnya.`,
    channelCannotPost: (channel) =>
      html`Saya belum boleh mengirim pesan di ${channel}: jadikan bot admin kanal dengan izin mengirim pesan, lalu coba lagi.`,
    channelSubscribed: (channel, about) =>
      html`Kanal ${channel} berlangganan kabar rilis data baru${about}. Untuk berhenti, keluarkan bot dari kanal.`,
  },
  forget: {
    prompt: html`Tentang Anda, bot ini menyimpan: langganan chat ini (jika ada) beserta kabar yang menunggu atau sudah dikirim ke chat ini, impor data yang belum Anda konfirmasi (khusus admin data), dan ID Anda sebagai pendaftar langganan grup atau kanal. Pertanyaan Anda tidak disimpan.\n\nHapus semuanya? Langganan grup dan kanal tetap berjalan (milik grupnya), hanya tanpa ID Anda.`,
    button: "Hapus data saya",
    done: (f) =>
      joinHtml(
        [
          html`Selesai. Dihapus: ${f.subscription ? html`langganan chat ini` : html`tidak ada langganan`}, ${f.deliveries} catatan kabar, ${f.pendingImports} impor tertunda, ID Anda dari ${f.subscribedChats} langganan grup/kanal dan dari ${f.deliveryReports} laporan pengiriman kabar.`,
          ...(f.editor
            ? [
                html`Tetap disimpan: Anda editor data, hak akses yang diberikan pemilik bot; hak itu dicabut oleh pemilik dengan /editor_hapus.`,
              ]
            : []),
          ...(f.adminWrites
            ? [
                html`Tetap disimpan: catatan perubahan data publik (dan sumber pantauan) yang Anda buat sebagai admin, sebagai jejak audit siapa mengubah apa.`,
              ]
            : []),
        ],
        "\n\n",
      ),
    privateOnly: html`Data pribadi dihapus lewat chat pribadi dengan bot: kirim /hapusdata di sana. Langganan grup ini diatur adminnya dengan /berhenti.`,
  },
};

const en: BotTexts = {
  welcome: html`Hello! I am Tanya Adminduk. I answer questions about population-administration data (e-KTP, KIA, IKD) by region.\n\nType your question, or pick one of the examples below. Full guide: /help`,
  textOnly: html`I only read text messages: photos, stickers, voice messages and files are not read. Type your question, for example: IKD in Berau. Guide: /help`,
  telegramOnly: (command) =>
    html`/${command} works on Telegram only, not in this terminal chat: subscriptions and personal data belong to a Telegram chat. Here you can ask anything about the data, for example: IKD in Berau. Guide: /help`,
  apology: html`Sorry, something went wrong while answering. Please try again shortly.`,
  slowDown: html`Too many messages at once. Please wait a moment, then ask again.`,
  staleButton: "This button has expired. Please ask again.",
  ranking: "Ranking",
  overview: "« Overview",
  allIndicators: "« All indicators",
  allRegions: "« All regions",
  stopNews: html`Stop these updates: /unsubscribe`,
  subscription: {
    about: (indicator, region) =>
      html`${indicator ? html` about ${indicator}` : ""}${region ? html` in ${region}` : ""}`,
    subscribed: (about) =>
      html`Subscribed. This chat will get news of every new data release${about}, and of corrections.\n\nChoose what you get: /subscribe berau, /subscribe ikd, /subscribe ikd berau (everything again: /subscribe all). Stop: /unsubscribe`,
    current: (about) =>
      html`This chat gets news of new data releases${about}.\n\nChange it: /subscribe berau, /subscribe ikd, /subscribe ikd berau (everything again: /subscribe all). Stop: /unsubscribe`,
    unsubscribed: html`Unsubscribed: no more release news. Subscribe again: /subscribe`,
    notSubscribed: html`This chat is not subscribed. Subscribe: /subscribe`,
    groupAdminsOnly: html`Sorry, only the group's admins can manage its subscription.`,
    unknownFilter: (typed) =>
      html`I do not know “${typed}” as a region or an indicator. For example: /subscribe berau, /subscribe ikd, /subscribe ikd berau.`,
    channelUsage: html`Make the bot an admin of your channel (allowed to post messages), then write: /subscribe_channel @channelname (a choice may follow, e.g. /subscribe_channel @channelname ikd).`,
    channelNotFound: (channel) =>
      html`I cannot find the channel ${channel}. Make the bot an admin there first, then try again.`,
    channelAdminsOnly: (channel) => html`Sorry, only the admins of ${channel} can register it.`,
    channelCannotPost: (channel) =>
      html`I may not post in ${channel} yet: make the bot a channel admin allowed to post messages, then try again.`,
    channelSubscribed: (channel, about) =>
      html`The channel ${channel} gets news of new data releases${about}. To stop, remove the bot from the channel.`,
  },
  forget: {
    prompt: html`About you, this bot stores: this chat's subscription (if any) with the news waiting for or sent to this chat, data imports you have not confirmed (data admins only), and your id as the one who subscribed a group or channel. Your questions are not stored.\n\nDelete all of it? Group and channel subscriptions keep running (they belong to the chat), only without your id.`,
    button: "Delete my data",
    done: (f) =>
      joinHtml(
        [
          html`Done. Deleted: ${f.subscription ? html`this chat's subscription` : html`no subscription`}, ${f.deliveries} news records, ${f.pendingImports} pending imports, your id from ${f.subscribedChats} group/channel subscriptions and from ${f.deliveryReports} delivery reports.`,
          ...(f.editor
            ? [
                html`Kept: you are a data editor, an access the bot's owner granted; the owner removes it with /editor_remove.`,
              ]
            : []),
          ...(f.adminWrites
            ? [
                html`Kept: the changes to public data (and the sources to watch) you made as an admin, as the audit trail of who changed what.`,
              ]
            : []),
        ],
        "\n\n",
      ),
    privateOnly: html`Personal data is deleted in a private chat with the bot: send /deletedata there. This group's subscription is managed by its admins with /unsubscribe.`,
  },
};

const TEXTS: Record<Lang, BotTexts> = { id, en };

export function textsFor(lang: Lang): BotTexts {
  return TEXTS[lang];
}
