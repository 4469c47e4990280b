// What the bot shows, written as plain text: each message followed by its
// buttons as numbered choices. The buttons of the latest message that has any
// are kept, so that typing a number can press one.

import type { Message } from "grammy/types";
import { htmlToPlainText } from "../bot/plain-text.ts";
import type { ConsoleButton, Shown } from "./offline-api.ts";

export class Transcript {
  private latest: { message: Message.TextMessage; buttons: ConsoleButton[] } | undefined;

  constructor(private readonly output: NodeJS.WritableStream) {}

  show(shown: Shown): void {
    if (shown.kind === "notice") {
      this.output.write(`(${shown.text})\n\n`);
      return;
    }
    const { message, html, buttons } = shown;
    const text = html ? htmlToPlainText(message.text) : message.text;
    const numbered = buttons.map((button, i) => `  ${i + 1}. ${button.label}`);
    this.output.write(`${[text, ...numbered].join("\n")}\n\n`);
    // A message without buttons leaves the last choices pressable, as Telegram
    // leaves them on screen: the greeting's examples after an example's answer.
    if (buttons.length > 0) this.latest = { message, buttons };
  }

  /** A line of the terminal's own, not a message of the bot's: it has no buttons. */
  note(text: string): void {
    this.output.write(`${text}\n\n`);
  }

  /** The message and button a typed number stands for, if the latest buttons have that one. */
  button(typed: string): { message: Message; button: ConsoleButton } | undefined {
    if (!this.latest || !/^\d+$/.test(typed)) return undefined;
    const button = this.latest.buttons[Number(typed) - 1];
    return button && { message: this.latest.message, button };
  }
}
