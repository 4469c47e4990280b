// Releases and the periods questions name: which release fits "Mei 2024",
// which is nearest when none does, and the data as it stood at a release.

import type { When } from "./question.ts";
import type { Facts, RankedObservation, Release, Target } from "./types.ts";

const DAY_MS = 86_400_000;
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The first day of the period a release's data date stands for ("Mei 2024" → 1 May). */
export function periodStart(release: Release): string {
  const [year, month] = release.asOf.split("-") as [string, string];
  switch (release.asOfPrecision) {
    case "day":
      return release.asOf;
    case "month":
      return `${year}-${month}-01`;
    case "semester":
      return Number(month) <= 6 ? `${year}-01-01` : `${year}-07-01`;
    case "year":
      return `${year}-01-01`;
  }
}

/**
 * A release fits a period when its whole data period lies within it: a yearly figure
 * does not fit "Mei". A loose part of a year ("akhir 2023") is met by a data date in
 * it: a figure for 2023 stands as at its end.
 */
export function fits(release: Release, when: When): boolean {
  if (when.precision === "part") return release.asOf >= when.from && release.asOf <= when.to;
  return periodStart(release) >= when.from && release.asOf <= when.to;
}

/** The release whose data period is closest to the one asked; the newer on a tie. */
export function nearestRelease(releases: Release[], when: When): Release | undefined {
  let best: Release | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const release of releases) {
    const distance = Math.max(
      0,
      days(when.from) - days(release.asOf),
      days(periodStart(release)) - days(when.to),
    );
    if (distance < bestDistance) {
      best = release;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The facts as they stood when `release` was the newest: later releases left
 * out, current and previous recomputed per (indicator, region).
 */
export function atRelease(facts: Facts, release: Release): Facts {
  const order = releasePlaces(facts.releases);
  const cut = order.get(release.id) ?? 0;
  const kept = facts.observations.filter((o) => (order.get(o.releaseId) ?? -1) >= cut);
  const byKey = new Map<string, RankedObservation[]>();
  for (const o of kept) {
    const key = `${o.indicator}|${o.regionCode}`;
    const list = byKey.get(key);
    if (list) list.push(o);
    else byKey.set(key, [o]);
  }
  const observations = [...byKey.values()].flatMap((list) =>
    list
      .sort((a, b) => (order.get(a.releaseId) ?? 0) - (order.get(b.releaseId) ?? 0))
      .map((o, i) => ({ ...o, recency: i + 1 })),
  );
  const releases = facts.releases.slice(cut);
  return { ...facts, observations, targets: newestTargets(facts.targets, releases), releases };
}

/**
 * Per (indicator, year, scope), the target stated by the newest of `releases`
 * (newest first); a target no release states counts as the oldest. Targets of
 * releases not given (newer than the time asked about) are left out, so a
 * target is never shown as known before it was stated.
 */
export function newestTargets(targets: Target[], releases: Release[]): Target[] {
  const order = releasePlaces(releases);
  const newest = new Map<string, { target: Target; rank: number }>();
  for (const target of targets) {
    const r = target.releaseId === null ? releases.length : order.get(target.releaseId);
    if (r === undefined) continue;
    const key = `${target.indicator}|${target.year}|${target.scope}`;
    const held = newest.get(key);
    if (!held || r < held.rank) newest.set(key, { target, rank: r });
  }
  return [...newest.values()].map((entry) => entry.target);
}

/** Places by list: the store hands one list of releases to every question read at a data version. */
const placesByList = new WeakMap<readonly Release[], ReadonlyMap<number, number>>();

/**
 * Each release's place in `releases` (newest first), by release id: made once
 * per list of releases rather than once or more per question.
 */
export function releasePlaces(releases: readonly Release[]): ReadonlyMap<number, number> {
  let places = placesByList.get(releases);
  if (places === undefined) {
    const made = new Map<number, number>();
    for (const [place, release] of releases.entries()) {
      if (!made.has(release.id)) made.set(release.id, place);
    }
    places = made;
    placesByList.set(releases, places);
  }
  return places;
}
