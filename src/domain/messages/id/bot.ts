// The chat around an answer, in Indonesian: welcome, subscriptions, /hapusdata.
// Written without <, > and &; arguments (names, typed text) arrive escaped.

import { html, joinHtml } from "../../html.ts";
import type { BotTexts } from "../bot-texts.ts";

export const idBot: BotTexts = {
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
