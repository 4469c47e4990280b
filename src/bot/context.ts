// The context every handler receives: grammY's, whose message-sending methods
// take only Html, plus the question engine, injected per update by createBot
// so features never reach for a global, and, on the updates of a verified data
// admin, what the admin features need.

import { Context } from "grammy";
import type { AdminStore } from "../domain/admin/ports.ts";
import type { ReadImport } from "../domain/admin/read-import.ts";
import type { Engine } from "../domain/engine.ts";
import type { Html } from "../domain/html.ts";
import type { Lexicon } from "../domain/lexicon.ts";
import type { FactsSource } from "../domain/types.ts";
import type { UnansweredQuestions } from "../domain/unanswered.ts";

export interface EngineFlavor {
  engine: Engine;
  /** Where questions the bot could not answer are counted; absent where nothing counts them. */
  unanswered?: UnansweredQuestions;
  /** True where chart buttons are served: only then do replies offer them. */
  chartsOffered?: boolean;
}

/** What the entries hand the bot for the admin features. */
export interface AdminDeps {
  store: AdminStore;
  /** The engine's facts, read again with a draft included for previews. */
  facts: FactsSource;
  /**
   * Starts delivering the outbox at once (after a publication or correction),
   * rather than at the runtime's next look; absent where nothing delivers.
   */
  deliverNow?: () => void;
  /**
   * Runs work after the update is answered (a large import's reading), kept
   * alive by the runtime (Workers: waitUntil) and logged if it fails; absent,
   * the work is done before the update is answered (tests, the console).
   */
  background?: (task: Promise<void>) => void;
  /**
   * Drops this process's cached reference data after an admin changed it (an
   * indicator), so the next answer uses it; other processes notice the data
   * version at their next read.
   */
  referenceChanged?: () => void;
  /** Fetches and reads a link an admin sent (src/watch/read-link.ts, wired by the entry). */
  readLink: (url: string, lexicon: Lexicon) => Promise<ReadImport>;
}

export interface AdminSession extends AdminDeps {
  userId: number;
  /** "tg:<user id>", recorded with every write. */
  actor: string;
  /** Owners (ADMIN_USER_IDS) may also add and remove editors. */
  isOwner: boolean;
}

export interface AdminFlavor {
  /** Set only once the sender is verified as an owner or editor. */
  admin?: AdminSession;
}

type ReplyOptions = Parameters<Context["reply"]>[1];
/** grammY's own AbortSignal type (from abort-controller), not the DOM's. */
type Signal = Parameters<Context["reply"]>[2];
type EditOptions = Parameters<Context["editMessageText"]>[1];
type PhotoOptions = Omit<NonNullable<Parameters<Context["replyWithPhoto"]>[1]>, "caption"> & {
  caption?: Html;
};

/**
 * grammY's context with the methods that send formatted text narrowed to
 * Html: every message goes out with parse_mode HTML (html-by-default.ts), so
 * a plain string passed here is a compile error, not unescaped text on
 * Telegram. Made by createBot for every update.
 */
export class HtmlContext extends Context {
  override reply(text: Html, other?: ReplyOptions, signal?: Signal) {
    return super.reply(text, other, signal);
  }

  override editMessageText(text: Html, other?: EditOptions, signal?: Signal) {
    return super.editMessageText(text, other, signal);
  }

  override replyWithPhoto(
    photo: Parameters<Context["replyWithPhoto"]>[0],
    other?: PhotoOptions,
    signal?: Signal,
  ) {
    return super.replyWithPhoto(photo, other, signal);
  }
}

export type BotContext = HtmlContext & EngineFlavor & AdminFlavor;

/** The context of admin features: they run only behind the guard that sets `admin`. */
export type AdminContext = BotContext & { admin: AdminSession };
