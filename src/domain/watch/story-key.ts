// When two items are the same story. By address: the URL without what does
// not name the page (fragment, tracking parameters, "www.", a trailing slash,
// parameter order). By content: a fingerprint of the values read (indicator,
// region, value) and the data date, so the same figures from three outlets
// are one candidate whatever their wording.

import type { DraftData } from "../import/draft-data.ts";

const TRACKING = /^(utm_\w+|fbclid|gclid|ref|amp|output)$/i;

/** The URL as a dedup key; null when it is not an http(s) URL. */
export function urlKey(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname.toLowerCase().replace(/^(www|m|amp)\./, "");
  const params = [...url.searchParams]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : "";
  const path = url.pathname.replace(/\/(amp\/?)?$/i, "") || "/";
  return `${host}${url.port ? `:${url.port}` : ""}${path}${query}`;
}

/** The values' fingerprint; null when nothing was read (such an item is never a candidate). */
export function contentFingerprint(data: DraftData): string | null {
  if (data.observations.length === 0 && data.targets.length === 0) return null;
  const lines = [
    `asOf ${data.asOf ?? "-"}`,
    ...data.observations.map((o) => `o ${o.indicator} ${o.region} ${o.value}`),
    ...data.targets.map((t) => `t ${t.indicator} ${t.year} ${t.scope ?? "national"} ${t.value}`),
  ].sort();
  return fnv1a64(lines.join("\n"));
}

/** FNV-1a, 64 bits, as 16 hex digits: pure, fast and plenty for a few thousand stories. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
