// The messages the worker sends, composed when they are sent: a subscriber's
// language and filters are read then, and a release's news is read as the data
// stood when it came out. Within a run, each message is composed once for all
// the chats that get the same one.

import { correctionNotice } from "../domain/broadcast/correction-notice.ts";
import { newsRequest, releaseNews } from "../domain/broadcast/news.ts";
import type { BroadcastToSend, FinishedBroadcast } from "../domain/broadcast/ports.ts";
import type { Subscription } from "../domain/broadcast/subscription.ts";
import type { Engine } from "../domain/engine.ts";
import { type Html, html } from "../domain/html.ts";
import { textsFor } from "../domain/messages/bot-texts.ts";
import { broadcastTexts } from "../domain/messages/id/broadcast.ts";
import { labelsFor } from "../domain/messages/labels.ts";
import type { FactsSource } from "../domain/types.ts";

export type Recipient = Pick<Subscription, "chatKind" | "lang" | "filter">;

export interface Composer {
  /** Telegram HTML for one recipient of a broadcast. */
  message(broadcast: BroadcastToSend, recipient: Recipient): Promise<Html>;
  /** What the admin who published or corrected is told once all is delivered. */
  summary(finished: FinishedBroadcast): Promise<Html>;
  /** What that admin is told when Telegram refuses the bot's token and delivery pauses. */
  paused(broadcast: BroadcastToSend, reason: string, until: number): Promise<Html>;
}

/** One per run: what it caches is read again by the next. */
export function createComposer(engine: Engine, facts: FactsSource): Composer {
  const messages = new Map<string, Promise<Html>>();

  async function compose(broadcast: BroadcastToSend, recipient: Recipient): Promise<Html> {
    const lexicon = await engine.lexicon();
    const { lang, filter } = recipient;
    const body = broadcast.correction
      ? correctionNotice(broadcast.release, broadcast.correction, lexicon, lang)
      : releaseNews(
          broadcast.release,
          await facts.facts(newsRequest(broadcast.release, filter, lexicon)),
          filter,
          lexicon,
          lang,
        );
    // A channel's readers cannot unsubscribe it; everyone else is told how to.
    return recipient.chatKind === "channel" ? body : html`${body}\n\n${textsFor(lang).stopNews}`;
  }

  return {
    message(broadcast, recipient) {
      const key = [
        broadcast.id,
        recipient.lang,
        recipient.chatKind === "channel",
        // A correction notice is the same whatever the filters.
        ...(broadcast.correction ? [] : [recipient.filter.region, recipient.filter.indicator]),
      ].join("|");
      let message = messages.get(key);
      if (message === undefined) {
        message = compose(broadcast, recipient);
        messages.set(key, message);
      }
      return message;
    },

    async summary(finished) {
      return broadcastTexts.summary(finished, labelsFor(await engine.lexicon()));
    },

    async paused(broadcast, reason, until) {
      const labels = labelsFor(await engine.lexicon());
      return broadcastTexts.paused(broadcast.id, reason, new Date(until).toISOString(), labels);
    },
  };
}
