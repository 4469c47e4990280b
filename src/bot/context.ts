// The context every handler receives: grammY's, plus the question engine,
// injected per update by createBot so features never reach for a global.

import type { Context } from "grammy";
import type { Engine } from "../domain/engine.ts";

export interface EngineFlavor {
  engine: Engine;
}

export type BotContext = Context & EngineFlavor;
