// What admins read about watched sources: the list, the answers to adding and
// removing, a candidate found on a source (everything the importer read, with
// evidence and the figures it skipped) and a source that failed. Every stored
// or fetched string is escaped through the labels.

import type { ImportPlan } from "../../admin/imported-meta.ts";
import type { ReadImport } from "../../admin/read-import.ts";
import { escapeHtml, type Html, html, joinHtml } from "../../html.ts";
import { DEFAULT_KEYWORDS } from "../../watch/keywords.ts";
import type { SourceOutcome, WatchedSource } from "../../watch/ports.ts";
import type { SourceRequestProblem } from "../../watch/source-problem.ts";
import type { Labels } from "../labels.ts";
import { adminTexts } from "./admin.ts";

export const sourcesTexts = {
  list: (sources: WatchedSource[], labels: Labels) =>
    sources.length === 0
      ? html`Belum ada sumber yang dipantau.\n${adminTexts.usage("sources")}`
      : joinHtml(
          [
            html`<b>Sumber yang dipantau (${sources.length})</b>`,
            ...sources.map((s) => sourceLine(s, labels)),
            "",
            escapeHtml("Hapus dengan /sumber_pantau hapus <nomor>."),
          ],
          "\n",
        ),

  added: (source: WatchedSource, labels: Labels) =>
    html`Ditambahkan:\n${sourceLine(source, labels)}\nDiperiksa pada putaran pemantauan berikutnya; kandidat dikirim ke pemilik bot, tidak ada yang terbit tanpa tombol admin.`,

  alreadyWatched: (url: string, labels: Labels) =>
    html`Sumber ${labels.text(url)} sudah dipantau. Lihat /sumber_pantau.`,

  removed: (id: number) =>
    html`Sumber #${id} tidak dipantau lagi. Kandidat yang sudah dikirim tetap bisa dipakai.`,

  noSuchSource: (id: number) => html`Tidak ada sumber #${id}. Lihat /sumber_pantau.`,

  problem: (problem: SourceRequestProblem, labels: Labels) =>
    html`Tidak ada yang ditulis: ${labels.text(sourceProblemText(problem))}.\n${adminTexts.usage("sources")}`,

  candidate: (
    candidate: { id: number; url: string; source: WatchedSource },
    read: ReadImport,
    plan: ImportPlan,
    labels: Labels,
  ) =>
    joinHtml(
      [
        html`<b>Kandidat #${candidate.id} dari sumber pantau</b>`,
        html`Artikel: ${labels.text(candidate.url)}`,
        html`Sumber pantau #${candidate.source.id}: ${labels.text(candidate.source.url)}${candidate.source.regionCode ? html` (wilayah ${labels.region(candidate.source.regionCode)})` : ""}`,
        html`Belum ada yang ditulis: periksa setiap nilai dengan kalimatnya.`,
        "",
        adminTexts.importSummary(read, plan, labels),
      ],
      "\n",
    ),

  sourceFailed: (outcome: SourceOutcome, labels: Labels) =>
    html`Sumber pantau #${outcome.source.id} ${labels.text(outcome.source.url)} gagal diperiksa (${outcome.failures}× berturut-turut): ${labels.text(outcome.error ?? "")}. Dicoba lagi nanti, makin jarang selama masih gagal.`,

  ignored: (id: number) => html`Kandidat #${id} diabaikan. Tidak ada yang ditulis.`,
  handled: "Kandidat ini sudah ditangani.",
};

function sourceLine(source: WatchedSource, labels: Labels): Html {
  const keywords = source.keywords ?? DEFAULT_KEYWORDS;
  const state =
    source.failures > 0
      ? html`gagal ${source.failures}×: ${labels.text(source.lastError ?? "")}; dicoba lagi ${source.nextAttemptAt ? labels.time(source.nextAttemptAt) : html`segera`}`
      : source.lastCheckedAt
        ? html`diperiksa ${labels.time(source.lastCheckedAt)}`
        : html`belum diperiksa`;
  return joinHtml(
    [
      html`#${source.id} ${source.kind === "feed" ? html`feed` : html`halaman`} ${labels.text(source.url)}`,
      html`  kata kunci${source.keywords ? "" : html` (bawaan)`}: ${labels.text(keywords.join(", "))}${source.regionCode ? html`; wilayah: ${labels.region(source.regionCode)}` : ""}`,
      html`  ${state}`,
    ],
    "\n",
  );
}

/** What is wrong with a /sumber_pantau request, in Indonesian. */
export function sourceProblemText(problem: SourceRequestProblem): string {
  switch (problem.kind) {
    case "removeNeedsId":
      return "tulis nomor sumber yang dihapus, mis. hapus 2";
    case "unknownAction":
      return `perintah tidak dikenal: ${problem.word} (daftar, tambah, hapus)`;
    case "urlTooLong":
      return `alamat paling panjang ${problem.max} karakter`;
    case "notWebAddress":
      return "tulis alamat sumber yang diawali http:// atau https://";
    case "unknownRegionCode":
      return `kode wilayah tidak dikenal: ${problem.code} (mis. wilayah:64)`;
    case "tooManyKeywords":
      return `paling banyak ${problem.max} kata kunci`;
    case "keywordTooLong":
      return `kata kunci paling panjang ${problem.max} karakter`;
    case "keywordWithoutLetters":
      return `kata kunci tanpa huruf atau angka: ${problem.keyword}`;
  }
}
