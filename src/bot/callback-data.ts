// Buttons carry the question they ask and the language to answer in:
// "q:en:v.ikd.64-03". The language travels with the button so that browsing
// stays in the language of the conversation, whatever the user's app language.

import type { Question } from "../domain/question.ts";
import { decodeQuestion, encodeQuestion } from "../domain/question-codec.ts";
import type { Lang } from "../domain/types.ts";

/** Telegram's limit for callback_data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

export type EncodableQuestion = Parameters<typeof encodeQuestion>[0];

const PREFIX = "q";
const UNENCODABLE: ReadonlySet<Question["kind"]> = new Set([
  "clarify-region",
  "clarify-indicator",
  "unknown",
]);
const bytes = new TextEncoder();

/** Questions that ask back or were not understood have no short form: they are never a button. */
export function isEncodable(question: Question): question is EncodableQuestion {
  return !UNENCODABLE.has(question.kind);
}

export function questionData(question: EncodableQuestion, lang: Lang): string {
  const data = `${PREFIX}:${lang}:${encodeQuestion(question)}`;
  if (byteLength(data) > CALLBACK_DATA_LIMIT) {
    throw new Error(`callback data over ${CALLBACK_DATA_LIMIT} bytes: ${data}`);
  }
  return data;
}

/** Printable ASCII, as encoded questions are: one byte a character, nothing to encode to count them. */
const PRINTABLE_ASCII = /^[ -~]*$/;

function byteLength(data: string): number {
  return PRINTABLE_ASCII.test(data) ? data.length : bytes.encode(data).length;
}

/** The question and language of a pressed button, or null for stale or forged data. */
export function parseQuestionData(data: string): { question: Question; lang: Lang } | null {
  const [prefix, lang, encoded, ...rest] = data.split(":");
  if (prefix !== PREFIX || (lang !== "id" && lang !== "en") || !encoded || rest.length > 0) {
    return null;
  }
  const question = decodeQuestion(encoded);
  return question ? { question, lang } : null;
}
