// A draft previewed exactly as users will see it: the same engine over the
// same store, with the draft counted as published.

import type { FactsSource } from "../types.ts";

export function includingDraft(source: FactsSource, releaseId: number): FactsSource {
  return {
    reference: () => source.reference(),
    facts: (request) => source.facts({ ...request, includeDraft: releaseId }),
  };
}
