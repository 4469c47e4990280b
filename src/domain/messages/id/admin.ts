// Every word the admin features say, in Indonesian (the data staff's
// language). Names, numbers and dates arrive as Labels, already escaped;
// any other stored or typed text is escaped here with labels.text.

import { type AdminAction, OWNER_ACTIONS } from "../../admin/commands.ts";
import type { DraftDiff } from "../../admin/draft-diff.ts";
import type { ImportPlan } from "../../admin/imported-meta.ts";
import type { IndicatorField, IndicatorProblem } from "../../admin/indicator-entry.ts";
import type {
  AuditEntry,
  CorrectionRecorded,
  DraftField,
  DraftTargetValue,
  DraftValue,
  Editor,
  OpenDraft,
  PublishedRelease,
  Refusal,
} from "../../admin/ports.ts";
import type { ReadImport } from "../../admin/read-import.ts";
import { count } from "../../format.ts";
import { escapeHtml, type Html, html, joinHtml } from "../../html.ts";
import type { DraftData, SkippedFigure } from "../../import/draft-data.ts";
import { wordReason } from "../../import/import-reason.ts";
import type { Indicator, Release } from "../../types.ts";
import type { Labels } from "../labels.ts";
import { idImport } from "./import.ts";

/** Values listed in an import summary; the rest are counted. */
const LISTED_VALUES = 25;

/**
 * Problems listed in an import reply; the rest are counted. A broken file can
 * have thousands: listing them all sent hundreds of messages. With each line
 * clipped, the list fits in one message.
 */
const LISTED_PROBLEMS = 15;
/** Characters of a bad line, and of the reason it was refused (which may quote it), shown. */
const PROBLEM_TEXT_CHARS = 100;
const PROBLEM_REASON_CHARS = 150;

/** Characters of an evidence sentence shown under its value. */
const EVIDENCE_CHARS = 220;

const DRAFT_FORMAT = "/draf <tanggal data> | <judul> | <sumber> [| <tautan>]";

/** How each command is written, with an example. Plain text: escaped where used. */
const USAGE: Record<AdminAction, string> = {
  help: "/admin — daftar perintah admin",
  draft: `${DRAFT_FORMAT} — contoh: /draf 2024-12-31 | Capaian adminduk Kaltim Desember 2024 | DKP3A Provinsi Kalimantan Timur`,
  draftEdit:
    "/draf_ubah <judul|sumber|tanggal|dirilis|tautan> <nilai> — contoh: /draf_ubah dirilis 2025-01-08 (tanda - mengosongkan dirilis atau tautan)",
  set: "/ubah <indikator> <wilayah> <nilai> — contoh: /ubah ikd berau 2,15",
  remove: "/hapus <indikator> <wilayah> — contoh: /hapus ikd berau",
  target: "/target <indikator> <tahun> <nilai> — contoh: /target ikd 2024 30",
  preview: "/pratinjau — draf seperti yang akan dilihat pengguna, dan apa yang berubah",
  publish: "/terbitkan — terbitkan draf (dengan konfirmasi)",
  discard: "/buang — buang draf (dengan konfirmasi)",
  undo: "/urung — batalkan perubahan terakhir pada draf",
  correct:
    "/koreksi <indikator> <wilayah> <nilai> [alasan] — koreksi data yang sudah terbit, contoh: /koreksi ikd berau 1,84 salah ketik",
  history: "/riwayat — perubahan terbaru",
  broadcasts: "/siaran — pengiriman kabar rilis dan koreksi ke pelanggan",
  unanswered: "/belumterjawab — pertanyaan yang paling sering belum bisa dijawab (90 hari)",
  import:
    "/impor <teks rilis pers> — atau tempel/teruskan teksnya saja; CSV (wilayah,indikator,nilai) dikirim sebagai berkas",
  editors: "/editor — daftar pemilik dan editor",
  editorAdd: "/editor_tambah <user id> — tambah editor (khusus pemilik)",
  editorRemove: "/editor_hapus <user id> — hapus editor (khusus pemilik)",
  indicatorAdd:
    "/indikator_baru <slug> lalu satu baris per isian: nama:, name:, definisi:, definition: (wajib), singkat:, short:, layanan:, service: — contoh: /indikator_baru akta_kematian, baris berikutnya nama: Kepemilikan akta kematian",
  indicatorEdit:
    "/indikator_ubah <slug> lalu baris isian yang diubah saja (nama:, name:, singkat:, short:, definisi:, definition:, layanan:, service:) — contoh: /indikator_ubah kia layanan: Disdukcapil kabupaten/kota",
  sources:
    "/sumber_pantau [tambah <url> [kata kunci, …] [wilayah:<kode>] [feed|halaman] | hapus <nomor>] — sumber yang dipantau, contoh: /sumber_pantau tambah https://contoh.go.id/rss IKD, akta kelahiran wilayah:64",
};

/** How each indicator field is typed after /indikator_baru and /indikator_ubah. */
const INDICATOR_KEY: Record<IndicatorField, string> = {
  nameId: "nama",
  nameEn: "name",
  shortId: "singkat",
  shortEn: "short",
  unit: "satuan",
  descriptionId: "definisi",
  descriptionEn: "definition",
  serviceId: "layanan",
  serviceEn: "service",
};

const FIELD_NAMES: Record<DraftField, Html> = {
  asOf: html`tanggal data`,
  presentedOn: html`tanggal rilis`,
  title: html`judul`,
  source: html`sumber`,
  url: html`tautan`,
};

export const adminTexts = {
  notAdmin: html`Perintah ini khusus admin data. Jika Anda pengelola data, minta pemilik bot menambahkan Anda sebagai editor.`,
  privateOnly: html`Perintah admin hanya bisa dipakai di chat pribadi dengan bot.`,
  ownersOnly: html`Hanya pemilik bot yang dapat mengatur editor.`,
  staleButton: `Tombol ini sudah tidak berlaku.`,
  cancelled: html`Dibatalkan. Tidak ada yang ditulis.`,
  importReading: (lines: number) =>
    html`Berkas diterima (${escapeHtml(count(lines, "id"))} baris) dan sedang dibaca. Ringkasannya, dengan tombol untuk memasukkannya, menyusul dalam pesan baru.`,
  importFailed: html`Berkas tadi gagal dibaca karena gangguan. Tidak ada yang ditulis; kirim lagi sebentar lagi.`,
  fileKind: html`Kirim berkas .csv (wilayah,indikator,nilai) atau .txt berisi teks rilis pers.`,
  fileTooBig: (limit: number) =>
    html`Berkas terlalu besar: paling banyak ${Math.round(limit / 1000)} kB. Tidak ada yang ditulis.`,
  badUserId: (text: string, labels: Labels) =>
    html`“${labels.text(text)}” bukan user id Telegram: tulis angkanya, misalnya /editor_tambah 123456789.`,

  buttons: {
    publish: `Terbitkan`,
    discard: `Buang`,
    confirmPublish: `Ya, terbitkan`,
    confirmDiscard: `Ya, buang`,
    cancel: `Batal`,
    createDraft: `Buat draf`,
    importIntoDraft: `Masukkan ke draf`,
  },

  usage: (action: AdminAction) => escapeHtml(USAGE[action]),

  indicatorProblem: (problem: IndicatorProblem): string => {
    switch (problem.kind) {
      case "bad-slug":
        return `Slug “${problem.slug}” harus 2–24 huruf kecil, angka atau _, diawali huruf (misalnya akta_kematian).`;
      case "slug-taken":
        return `Indikator ${problem.slug} sudah ada: ubah dengan /indikator_ubah ${problem.slug}.`;
      case "unknown-slug":
        return `Tidak ada indikator “${problem.slug}”. Daftar slug: /indikator_ubah tanpa isian.`;
      case "missing":
        return `Baris “${INDICATOR_KEY[problem.field]}:” wajib diisi.`;
      case "too-long":
        return `Isian “${INDICATOR_KEY[problem.field]}:” lebih dari ${problem.max} karakter.`;
      case "unit":
        return `Satuan “${problem.unit}” tidak bisa ditampilkan jawaban: pakai percent.`;
      case "name-taken":
        return `“${problem.name}” (${INDICATOR_KEY[problem.field]}:) sudah menjadi nama indikator ${problem.slug}: pertanyaan tidak bisa membedakannya.`;
      case "place-name":
        return `“${problem.name}” (${INDICATOR_KEY[problem.field]}:) adalah nama wilayah: pertanyaan akan membacanya sebagai wilayah itu.`;
      case "nothing-to-change":
        return `Tulis minimal satu baris isian yang diubah, misalnya layanan: Disdukcapil kabupaten/kota.`;
    }
  },

  indicatorUnread: (line: string) =>
    `Baris “${line}” tidak terbaca: tulis kunci lalu titik dua, misalnya nama: Kepemilikan akta kematian.`,

  indicatorTooLong: `Teks terlalu panjang untuk keterangan indikator.`,

  importHint: html`Jika pesan tadi teks rilis pers yang ingin dimasukkan ke data, kirim ulang dengan /impor di depannya: /impor &lt;teks rilis pers&gt;.`,

  indicatorSaved: (indicator: Indicator, added: boolean, labels: Labels) =>
    joinHtml(
      [
        html`${added ? html`Indikator baru ditambahkan` : html`Indikator diubah`}: <b>${labels.text(indicator.nameId)}</b> (${labels.text(indicator.slug)}).`,
        html`Nama: ${labels.text(indicator.nameId)} / ${labels.text(indicator.nameEn)}`,
        html`Singkat: ${labels.text(indicator.shortId)} / ${labels.text(indicator.shortEn)}`,
        html`Definisi: ${labels.text(indicator.descriptionId)}`,
        html`Layanan: ${indicator.serviceId ? labels.text(indicator.serviceId) : html`—`}`,
        "",
        added
          ? html`Pertanyaan, /indikator, langganan dan impor mengenalinya sekarang. Isi nilainya lewat draf: /ubah.`
          : html`Jawaban memakai keterangan baru sekarang.`,
      ],
      "\n",
    ),

  indicatorList: (indicators: Indicator[], labels: Labels) =>
    joinHtml(
      [
        html`Indikator (slug — nama):`,
        ...indicators.map((i) => html`• ${labels.text(i.slug)} — ${labels.text(i.nameId)}`),
        "",
        html`Format: ${escapeHtml(USAGE.indicatorEdit)}`,
      ],
      "\n",
    ),

  help: (isOwner: boolean) =>
    joinHtml(
      [
        html`<b>Perintah admin data</b>`,
        ...(Object.entries(USAGE) as [AdminAction, string][])
          .filter(([action]) => isOwner || !OWNER_ACTIONS.has(action))
          .map(([, usage]) => html`• ${escapeHtml(usage)}`),
      ],
      "\n",
    ),

  problems: (problems: string[], action: AdminAction, labels: Labels) =>
    joinHtml(
      [
        html`Tidak ada yang ditulis:`,
        ...problems.map((p) => html`• ${labels.text(p)}`),
        "",
        html`Format: ${escapeHtml(USAGE[action])}`,
      ],
      "\n",
    ),

  refusal: (refusal: Refusal, labels: Labels): Html => {
    switch (refusal.reason) {
      case "no-draft":
        return html`Belum ada draf terbuka. Buat dulu: ${escapeHtml(USAGE.draft)}`;
      case "draft-open":
        return html`Sudah ada draf terbuka: ${release(refusal.draft, labels)}. Terbitkan (/terbitkan) atau buang (/buang) dulu.`;
      case "stale-draft":
        return html`Draf itu sudah tidak terbuka (sudah diterbitkan atau dibuang). Lihat /draf.`;
      case "draft-changed":
        return html`Draf berubah sejak Anda melihatnya (editor lain mengubahnya pada saat yang sama). Tidak ada yang ditulis. Lihat pratinjau lagi: /pratinjau`;
      case "empty-draft":
        return html`Draf masih kosong: isi dulu dengan /ubah, kirim CSV, atau tempel rilis pers.`;
      case "missing-source":
        return html`Sumber draf belum diisi, padahal setiap jawaban menyebutnya: ${escapeHtml("/draf_ubah sumber <nama sumber>")}`;
      case "nothing-to-undo":
        return html`Tidak ada perubahan draf yang bisa diurungkan.`;
      case "not-in-draft":
        return html`${labels.subject(refusal.indicator, refusal.region)} tidak ada di draf.`;
      case "not-published":
        return html`${labels.subject(refusal.indicator, refusal.region)} belum pernah diterbitkan, jadi tidak bisa dikoreksi. Nilai baru masuk lewat draf: /ubah.`;
      case "value-changed":
        return html`${labels.subject(refusal.indicator, refusal.region)} baru saja diubah oleh editor lain (sekarang ${labels.value(refusal.now)}). Tidak ada yang ditulis. Periksa nilainya, lalu ulangi /koreksi bila masih perlu.`;
      case "unknown-release":
        return html`Rilis #${refusal.releaseId} tidak ada.`;
      case "already-editor":
        return html`${refusal.userId} sudah menjadi editor.`;
      case "not-editor":
        return html`${refusal.userId} bukan editor.`;
    }
  },

  noDraft: html`Belum ada draf terbuka.`,

  draft: (draft: OpenDraft, labels: Labels) => {
    const { release: r } = draft;
    return joinHtml(
      [
        html`<b>Draf terbuka</b>: ${release(r, labels)}`,
        html`Sumber: ${labels.text(r.source)}${r.presentedOn ? html`; dirilis ${labels.date(r.presentedOn)}` : ""}${r.url ? html`; ${labels.text(r.url)}` : ""}`,
        html`${draft.observations.length} nilai, ${draft.targets.length} target. Lihat /pratinjau.`,
      ],
      "\n",
    );
  },

  draftCreated: (created: Release, labels: Labels) =>
    html`Draf dibuat: ${release(created, labels)}.\nIsi dengan /ubah, kirim CSV, atau tempel rilis pers; lalu /pratinjau dan /terbitkan.`,

  draftEdited: (field: DraftField, old: string | null, value: string | null, labels: Labels) =>
    html`Draf: ${FIELD_NAMES[field]} ${fieldValue(field, old, labels)} → ${fieldValue(field, value, labels)}. (/urung membatalkan)`,

  valueSet: (
    indicator: string,
    region: string,
    old: number | null,
    value: number,
    labels: Labels,
  ) =>
    html`Draf: ${labels.subject(indicator, region)} ${old === null ? "" : html`${labels.value(old)} → `}<b>${labels.value(value)}</b>. (/urung membatalkan)`,

  valueRemoved: (indicator: string, region: string, old: number, labels: Labels) =>
    html`Draf: ${labels.subject(indicator, region)} (${labels.value(old)}) dihapus. (/urung membatalkan)`,

  targetSet: (indicator: string, year: number, old: number | null, value: number, labels: Labels) =>
    html`Draf: target nasional ${labels.indicator(indicator)} ${year} ${old === null ? "" : html`${labels.value(old)} → `}<b>${labels.value(value)}</b>. (/urung membatalkan)`,

  preview: (
    draft: OpenDraft,
    answers: Html[],
    values: DraftDiff<DraftValue>,
    targets: DraftDiff<DraftTargetValue>,
    labels: Labels,
  ) =>
    joinHtml(
      [
        html`<b>Pratinjau</b> ${release(draft.release, labels)}`,
        html`Setelah terbit, pengguna akan melihat:`,
        "",
        joinHtml(answers, "\n\n"),
        "",
        html`<b>Dibanding data yang terbit sekarang</b>:`,
        ...values.added.map(
          (v) => html`• baru: ${labels.subject(v.indicator, v.region)} ${labels.value(v.value)}`,
        ),
        ...values.changed.map(
          (v) =>
            html`• berubah: ${labels.subject(v.indicator, v.region)} ${labels.value(v.current)} → ${labels.value(v.value)}`,
        ),
        ...targets.added.map(
          (t) =>
            html`• target baru: ${labels.indicator(t.indicator)} ${t.year} ${labels.value(t.value)}`,
        ),
        ...targets.changed.map(
          (t) =>
            html`• target berubah: ${labels.indicator(t.indicator)} ${t.year} ${labels.value(t.current)} → ${labels.value(t.value)}`,
        ),
        html`• tidak berubah: ${values.unchanged.length} nilai, ${targets.unchanged.length} target`,
      ],
      "\n",
    ),

  confirmPublish: (draft: OpenDraft, labels: Labels) =>
    html`Terbitkan ${release(draft.release, labels)} (${draft.observations.length} nilai, ${draft.targets.length} target)? Setelah terbit, jawaban bot langsung memakai data ini.`,

  confirmDiscard: (draft: OpenDraft, labels: Labels) =>
    html`Buang ${release(draft.release, labels)} beserta ${draft.observations.length} nilai dan ${draft.targets.length} targetnya? Ini tidak bisa diurungkan.`,

  published: (published: PublishedRelease, labels: Labels) =>
    html`Diterbitkan: ${release(published.release, labels)}, ${published.observations} nilai dan ${published.targets} target. Jawaban bot kini memakai data ini. Pelanggan dikabari; ringkasan pengirimannya menyusul (/siaran).`,

  discarded: (discarded: Release, labels: Labels) => html`Dibuang: ${release(discarded, labels)}.`,

  undone: (change: AuditEntry, labels: Labels) => html`Diurungkan: ${describe(change, labels)}.`,

  corrected: (c: CorrectionRecorded, labels: Labels) =>
    joinHtml(
      [
        html`Dikoreksi: ${labels.subject(c.indicator, c.region)} ${labels.value(c.old)} → <b>${labels.value(c.new)}</b>`,
        html`di ${release(c.release, labels)}${c.reason ? html`; alasan: ${labels.text(c.reason)}` : ""}.`,
        html`Jawaban bot kini menandai nilai ini “dikoreksi”. Pelanggan yang terkait dikabari (/siaran).`,
      ],
      "\n",
    ),

  history: (entries: AuditEntry[], labels: Labels) =>
    entries.length === 0
      ? html`Belum ada perubahan yang tercatat.`
      : joinHtml(
          [
            html`<b>Perubahan terbaru</b>`,
            ...entries.map(
              (e) => html`• ${labels.time(e.at)} — ${labels.text(e.actor)}: ${describe(e, labels)}`,
            ),
          ],
          "\n",
        ),

  editors: (ownerIds: readonly number[], editors: Editor[], labels: Labels) =>
    joinHtml(
      [
        html`<b>Pemilik</b> (ADMIN_USER_IDS): ${joinHtml(ownerIds, ", ") || html`—`}`,
        html`<b>Editor</b>: ${editors.length === 0 ? html`belum ada` : ""}`,
        ...editors.map(
          (e) =>
            html`• ${e.userId}, ditambahkan ${labels.time(e.addedAt)} oleh ${labels.text(e.addedBy)}`,
        ),
      ],
      "\n",
    ),

  editorAdded: (editor: Editor) =>
    html`${editor.userId} kini editor: bisa mengisi, menerbitkan dan mengoreksi data.`,

  editorRemoved: (userId: number) => html`${userId} bukan editor lagi.`,

  importBlocked: (read: ReadImport, labels: Labels) =>
    joinHtml(
      [
        html`Tidak ada yang ditulis: ${read.problems.length} masalah.`,
        ...problemList(read, labels),
      ],
      "\n",
    ),

  importSummary: (read: ReadImport, plan: ImportPlan, labels: Labels) => {
    const { pending, problems } = read;
    const { data } = pending;
    const kind = pending.kind === "csv" ? html`CSV` : html`rilis pers`;
    const unread = html`tidak terbaca`;
    const listed = data.observations.slice(0, LISTED_VALUES);
    return joinHtml(
      [
        html`<b>Terbaca dari ${kind}</b>`,
        ...(pending.kind === "press-release"
          ? [
              html`Data per: ${data.asOf ? labels.date(data.asOf) : unread}; dirilis: ${pending.presentedOn ? labels.date(pending.presentedOn) : unread}`,
              html`Sumber: ${pending.source ? labels.text(pending.source) : unread}`,
            ]
          : []),
        html`${data.observations.length} nilai:`,
        ...listed.flatMap((o) => [
          html`• ${labels.subject(o.indicator, o.region)}: ${labels.value(o.value)}${o.count ? html` (${escapeHtml(o.count.toLocaleString("id-ID"))} orang)` : ""}${o.sourceRank ? html` (${o.sourceRank === "highest" ? html`tertinggi` : html`terendah`} menurut sumber)` : ""}`,
          // The sentence it was read from, so each number is checked at a glance.
          ...(o.evidence
            ? [html`  <i>“${labels.text(clip(o.evidence, EVIDENCE_CHARS))}”</i>`]
            : []),
        ]),
        ...(data.observations.length > listed.length
          ? [html`• … dan ${data.observations.length - listed.length} lainnya`]
          : []),
        ...(data.targets.length > 0
          ? [
              html`${data.targets.length} target:`,
              ...data.targets.map(
                (t) =>
                  html`• ${labels.indicator(t.indicator)} ${t.year} (${!t.scope || t.scope === "national" ? html`nasional` : labels.region(t.scope)}): ${labels.value(t.value)}`,
              ),
            ]
          : []),
        ...skippedList(pending.skipped ?? [], labels),
        ...(problems.length > 0
          ? [html`Kalimat yang tidak terpakai:`, ...problemList(read, labels)]
          : []),
        "",
        whatConfirmingDoes(read, plan, labels),
      ],
      "\n",
    );
  },

  imported: (into: Release, data: DraftData, labels: Labels) =>
    html`Masuk ke ${release(into, labels)}: ${data.observations.length} nilai, ${data.targets.length} target. Lihat /pratinjau; /urung membatalkan impor ini.`,

  needsDraft: html`Belum ada draf terbuka. Buat dulu dengan ${escapeHtml(DRAFT_FORMAT)}, lalu tekan tombol tadi lagi.`,
};

function release(r: Release, labels: Labels): Html {
  return html`#${r.id} “${labels.text(r.title)}” (data per ${labels.date(r.asOf)})`;
}

function fieldValue(field: DraftField, value: string | null, labels: Labels): Html {
  if (value === null) return html`(kosong)`;
  return field === "asOf" || field === "presentedOn"
    ? labels.date(value)
    : html`“${labels.text(value)}”`;
}

/** Percentages read but not imported, each with why and the start of its sentence. */
function skippedList(skipped: SkippedFigure[], labels: Labels): Html[] {
  if (skipped.length === 0) return [];
  const more = skipped.length - LISTED_PROBLEMS;
  return [
    html`Tidak diimpor (${skipped.length}):`,
    ...skipped
      .slice(0, LISTED_PROBLEMS)
      .map(
        (s) =>
          html`• ${labels.value(s.value)}: ${labels.text(clip(wordReason(idImport, s.reason), PROBLEM_REASON_CHARS))} — “${labels.text(clip(s.text, PROBLEM_TEXT_CHARS))}”`,
      ),
    ...(more > 0 ? [html`• … dan ${more} lainnya`] : []),
  ];
}

/** The first problems, one bullet each, and how many more there are. */
function problemList(read: ReadImport, labels: Labels): Html[] {
  const { problems } = read;
  const more = problems.length - LISTED_PROBLEMS;
  return [
    ...problems.slice(0, LISTED_PROBLEMS).map((p) => html`• ${problemLine(p, read, labels)}`),
    ...(more > 0 ? [html`• … dan ${more} masalah lainnya`] : []),
  ];
}

function problemLine(
  problem: ReadImport["problems"][number],
  read: ReadImport,
  labels: Labels,
): Html {
  const where = read.pending.kind === "csv" ? html`baris` : html`kalimat`;
  const text = problem.text ? html` “${labels.text(clip(problem.text, PROBLEM_TEXT_CHARS))}”` : "";
  const at = problem.line > 0 ? html`${where} ${problem.line}${text}: ` : "";
  const reason = wordReason(idImport, problem.reason);
  return html`${at}${labels.text(clip(reason, PROBLEM_REASON_CHARS))}`;
}

/** The text, cut to at most `max` characters (an ellipsis marks the cut); clipped before escaping. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // A cut through an emoji would leave half of it, a lone surrogate: not valid UTF-8 text.
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, "")}…`;
}

function whatConfirmingDoes(read: ReadImport, plan: ImportPlan, labels: Labels): Html {
  switch (plan.kind) {
    case "new-draft":
      return html`Tekan “Buat draf” untuk membuat draf berisi data ini (judul dan sumber bisa diubah dengan /draf_ubah).`;
    case "needs-draft":
      return html`Belum ada draf terbuka: buat dulu dengan ${escapeHtml(DRAFT_FORMAT)}, lalu tekan “Masukkan ke draf”.`;
    case "into-draft": {
      const { asOf } = read.pending.data;
      const otherDate =
        asOf && asOf !== plan.draft.asOf
          ? html` Catatan: teks ini berisi data per ${labels.date(asOf)}, draf per ${labels.date(plan.draft.asOf)}.`
          : "";
      return html`Tekan “Masukkan ke draf” untuk menulisnya ke ${release(plan.draft, labels)}.${otherDate}`;
    }
  }
}

/** One change, in a few words: "mengubah IKD Kabupaten Berau: 1,74% → 2,15%". */
function describe(e: AuditEntry, labels: Labels): Html {
  const subject = e.indicator && e.region ? labels.subject(e.indicator, e.region) : "";
  const change = html`${labels.value(e.oldValue)} → ${labels.value(e.newValue)}`;
  const title = e.detail.title ? html` “${labels.text(e.detail.title)}”` : "";
  // Ids as the audit entry holds them (the actions below always have them).
  const releaseNo = escapeHtml(String(e.releaseId));
  const userId = escapeHtml(String(e.detail.userId));
  const described = ((): Html => {
    switch (e.action) {
      case "create_draft":
        return html`membuat draf #${releaseNo}${title}`;
      case "update_draft": {
        const field = e.detail.field;
        if (!field) return html`mengubah draf #${releaseNo}`;
        return html`mengubah ${FIELD_NAMES[field]} draf #${releaseNo}: ${fieldValue(field, e.detail.old ?? null, labels)} → ${fieldValue(field, e.detail.new ?? null, labels)}`;
      }
      case "set_value":
        return e.oldValue === null
          ? html`mengisi ${subject}: ${labels.value(e.newValue)}`
          : html`mengubah ${subject}: ${change}`;
      case "remove_value":
        return html`menghapus ${subject} (${labels.value(e.oldValue)})`;
      case "set_target":
        return html`target ${labels.indicator(e.indicator ?? "")} ${escapeHtml(String(e.year))}: ${change}`;
      case "import":
        return html`mengimpor ${e.observations} nilai dan ${e.targets} target ke draf #${releaseNo}`;
      case "undo":
        return html`mengurungkan perubahan terakhir pada draf #${releaseNo}`;
      case "publish":
        return html`menerbitkan rilis #${releaseNo}${title}`;
      case "discard":
        return html`membuang draf #${releaseNo}${title}`;
      case "correct":
        return html`mengoreksi ${subject} di rilis #${releaseNo}: ${change}${e.detail.reason ? html` (${labels.text(e.detail.reason)})` : ""}`;
      case "add_editor":
        return html`menambah editor ${userId}`;
      case "remove_editor":
        return html`menghapus editor ${userId}`;
      case "add_indicator":
        return html`menambah indikator ${labels.indicator(e.indicator ?? "")}`;
      case "update_indicator":
        return html`mengubah keterangan indikator ${labels.indicator(e.indicator ?? "")}`;
    }
  })();
  return e.undone ? html`${described} (diurungkan)` : described;
}
