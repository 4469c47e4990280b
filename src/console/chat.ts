// The terminal chat: one question per line, answers as plain text. Works
// interactively (with a prompt) and with piped input, ending when input ends.

import { createInterface } from "node:readline";
import type { Engine, Reply } from "../domain/engine.ts";
import type { Lang } from "../domain/types.ts";
import { htmlToPlainText } from "./plain-text.ts";

export interface ConsoleChatOptions {
  engine: Engine;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  defaultLang: Lang;
  /** Show a prompt and a greeting: true for a terminal, false for piped input. */
  interactive: boolean;
}

export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { engine, output, interactive } = options;
  const lines = createInterface({ input: options.input, terminal: false });
  const write = (text: string) => output.write(`${text}\n`);
  const prompt = () => interactive && output.write("> ");
  let lastLang = options.defaultLang;

  if (interactive) {
    const greeting = await engine.ask("bantuan", options.defaultLang);
    write(`${htmlToPlainText(greeting.html)}\n\n(Ctrl+D untuk keluar / to quit)`);
    prompt();
  }
  // Buttons become numbered choices: typing "2" picks the second one.
  let choices: Reply["choices"] = [];
  for await (const line of lines) {
    const text = line.trim();
    if (text) {
      const picked = /^\d+$/.test(text) ? choices[Number(text) - 1] : undefined;
      const reply = picked
        ? await engine.answer(picked.question, lastLang)
        : await engine.ask(text, options.defaultLang);
      lastLang = reply.lang;
      choices = reply.choices;
      const numbered = choices.map((c, i) => `  ${i + 1}. ${c.label}`);
      write(`${[htmlToPlainText(reply.html), ...numbered].join("\n")}\n`);
    }
    prompt();
  }
}
