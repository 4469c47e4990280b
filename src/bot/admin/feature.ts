// The admin features behind their guard: commands and buttons are refused
// outside private chats and to anyone but owners and editors, before any of
// them reads or writes; pasted press releases and documents are imports only
// when an admin sends them, and so is a link alone (the page is fetched and read).

import type { AdminDeps, BotContext } from "../context.ts";
import { unansweredCommand } from "../features/unanswered.ts";
import { LeanComposer } from "../lean-composer.ts";
import type { Feature } from "../update-kinds.ts";
import { broadcasts } from "./broadcasts.ts";
import { correction } from "./correction.ts";
import { draftCommands } from "./draft-commands.ts";
import { editorCommands } from "./editors.ts";
import {
  identifyAdmin,
  isAdmin,
  isAdminRequest,
  isPressReleaseText,
  isPrivateDocument,
  isPrivateLink,
  mentionsFigures,
  refuseNonAdmins,
  refuseOutsidePrivateChats,
} from "./guard.ts";
import { history } from "./history.ts";
import { importInputs } from "./import-inputs.ts";
import { indicatorCommands } from "./indicators.ts";
import { pendingImports } from "./pending-import.ts";
import { preview } from "./preview.ts";
import { publishing } from "./publishing.ts";
import { sourceCommands } from "./sources.ts";
import { undo } from "./undo.ts";
import { valueCommands } from "./value-commands.ts";

export function adminFeature(deps: AdminDeps, ownerIds: readonly number[]): Feature<BotContext> {
  const feature = new LeanComposer<BotContext>();
  const identify = identifyAdmin(deps, ownerIds);
  feature.filter(isAdminRequest, refuseOutsidePrivateChats, identify, refuseNonAdmins);
  feature.filter(
    (ctx) => isPressReleaseText(ctx) || mentionsFigures(ctx) || isPrivateLink(ctx),
    identify,
  );
  feature.filter(isPrivateDocument, identify);
  feature.filter(
    isAdmin,
    draftCommands,
    valueCommands,
    preview,
    publishing,
    undo,
    correction,
    history,
    broadcasts,
    unansweredCommand,
    editorCommands(ownerIds),
    indicatorCommands,
    sourceCommands,
    importInputs,
    pendingImports,
  );
  // Commands, pasted texts and files, and the admin buttons.
  return { kinds: ["command", "message", "button"], middleware: feature };
}
