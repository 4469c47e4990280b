// What is wrong with a `/sumber_pantau …` or `sources …` request, as data:
// worded in Indonesian for the admins (messages/id/sources.ts) and in English
// for the CLI (messages/en/cli.ts).

export type SourceRequestProblem =
  | { kind: "removeNeedsId" }
  | { kind: "unknownAction"; word: string }
  | { kind: "urlTooLong"; max: number }
  | { kind: "notWebAddress" }
  | { kind: "unknownRegionCode"; code: string }
  | { kind: "tooManyKeywords"; max: number }
  | { kind: "keywordTooLong"; max: number }
  | { kind: "keywordWithoutLetters"; keyword: string };
