// A link an admin sends: the page fetched within the same limits as a watched
// source's article and read the same way, so what the admin is offered is
// what a candidate from that page would have held. A page that cannot be
// fetched comes back as a blocked import naming why.

import type { ReadImport } from "../domain/admin/read-import.ts";
import type { ImportReason } from "../domain/import/import-reason.ts";
import type { Lexicon } from "../domain/lexicon.ts";
import {
  DEFAULT_FETCH_LIMITS,
  type FetchLimits,
  FetchProblem,
  fetchLimited,
} from "./fetch-limited.ts";
import { readArticlePage } from "./watch-pass.ts";

export async function readLink(
  url: string,
  lexicon: Lexicon,
  fetchFn: typeof fetch = fetch,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<ReadImport> {
  try {
    const page = await fetchLimited(fetchFn, url, limits);
    if (page.kind === "ok") return readArticlePage(page.text, page.url, lexicon);
    return unreadable({ kind: "pageNotSent" });
  } catch (error) {
    if (!(error instanceof FetchProblem)) throw error;
    return unreadable({ kind: "pageNotFetched", detail: error.message });
  }
}

function unreadable(reason: ImportReason): ReadImport {
  return {
    pending: {
      kind: "press-release",
      data: { asOf: null, observations: [], targets: [] },
      presentedOn: null,
      source: null,
    },
    problems: [{ line: 0, text: "", reason }],
    blocking: true,
  };
}
