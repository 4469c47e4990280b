// Each update walks only the features of its kind (src/bot/update-kinds.ts).
// A kind given to the wrong features would fail silently: the update would
// get no reply. These pin down the sorting and the replies it must not lose,
// with every feature of the bot in place.

import { Context, type MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import { beforeEach, describe, expect, it } from "vitest";
import { byKind, type UpdateKind, updateKind } from "../../src/bot/update-kinds.ts";
import { createEngine } from "../../src/domain/engine.ts";
import { adminTexts } from "../../src/domain/messages/id/admin.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { createPersonalData } from "../../src/store/personal-data.ts";
import { createSubscriptions } from "../../src/store/subscriptions.ts";
import { readLink } from "../../src/watch/read-link.ts";
import { seededStore } from "../support/reference.ts";
import { TEST_BOT_INFO } from "../support/telegram-updates.ts";
import { OWNER_ID, owner, stranger } from "./admin-harness.ts";
import {
  buttonsOf,
  inlineUpdate,
  pressUpdate,
  type TestBot,
  testBot,
  textUpdate,
  user,
} from "./harness.ts";

const contextOf = (update: Update) => new Context(update, {} as never, TEST_BOT_INFO);

describe("the kind of an update", () => {
  it("is a command only when a bot command opens the message", () => {
    expect(updateKind(contextOf(textUpdate("/bantuan")))).toBe("command");
    expect(updateKind(contextOf(textUpdate("/tanya@tanya_adminduk_bot IKD")))).toBe("command");
    expect(updateKind(contextOf(textUpdate("IKD Berau")))).toBe("message");
    const later = textUpdate("IKD Berau /tanya");
    const message = later.message as NonNullable<Update["message"]>;
    message.entities = [{ type: "bot_command", offset: 9, length: 6 }];
    expect(updateKind(contextOf(later))).toBe("message");
  });

  it("tells buttons, inline queries and membership changes apart, and knows no other kind", () => {
    expect(updateKind(contextOf(pressUpdate("q:id:i")))).toBe("button");
    expect(updateKind(contextOf(inlineUpdate("IKD")))).toBe("inline");
    expect(updateKind(contextOf(membershipUpdate()))).toBe("membership");
    const edited = { update_id: 1, edited_message: textUpdate("IKD").message } as Update;
    expect(updateKind(contextOf(edited))).toBeUndefined();
  });
});

describe("features by kind", () => {
  const trace: string[] = [];
  const feature = (name: string, kinds: UpdateKind[]) => ({
    kinds,
    middleware: ((_ctx, next) => {
      trace.push(name);
      return next();
    }) as MiddlewareFn<Context>,
  });
  const run = byKind([
    feature("admin", ["command", "message", "button"]),
    feature("browse", ["button"]),
    feature("questions", ["command", "message"]),
  ]);
  const through = async (update: Update) => {
    trace.length = 0;
    await run(contextOf(update), async () => void trace.push("next"));
    return [...trace];
  };

  it("runs only the features of the update's kind, in their order, then goes on", async () => {
    expect(await through(textUpdate("IKD"))).toEqual(["admin", "questions", "next"]);
    expect(await through(pressUpdate("q:id:i"))).toEqual(["admin", "browse", "next"]);
    expect(await through(inlineUpdate("IKD"))).toEqual(["next"]);
  });

  it("runs every feature for an update of a kind it does not know", async () => {
    const edited = { update_id: 1, edited_message: textUpdate("IKD").message } as Update;
    expect(await through(edited)).toEqual(["admin", "browse", "questions", "next"]);
  });
});

describe("the bot with every feature, sorted by kind", () => {
  let t: TestBot;
  beforeEach(async () => {
    const seeded = await seededStore();
    const engine = createEngine({ facts: seeded.facts, defaultProvince: "64" });
    t = testBot(
      engine,
      { adminUserIds: [OWNER_ID] },
      {
        admin: { store: createAdminStore(seeded.client), facts: seeded.facts, readLink },
        subscriptions: createSubscriptions(seeded.client),
        privacy: createPersonalData(seeded.client),
      },
    );
  });
  const texts = () => t.sent("sendMessage").map((m) => String(m.text));

  it("answers a private question, and a command that is not the bot's as a question", async () => {
    await t.send(textUpdate("IKD Berau"), textUpdate("/ikd berau"));
    expect(texts()).toHaveLength(2);
    expect(texts().every((text) => text.includes("IKD Kabupaten Berau</b>: 1,74%"))).toBe(true);
  });

  it("serves menu commands and subscription commands", async () => {
    await t.send(textUpdate("/langganan"), textUpdate("/hapusdata"));
    const [subscribed, forget] = texts();
    expect(subscribed).toContain("langganan");
    expect(buttonsOf(t.sent("sendMessage").at(-1)).map((b) => b.callback_data)).toEqual([
      "forget:id",
    ]);
    expect(forget).not.toBe(subscribed);
  });

  it("still hands an owner's pasted press release to the importer, and not a stranger's", async () => {
    const release =
      "Hingga 31 Mei 2024 aktivasi IKD di Kabupaten Berau sudah 4,2 persen. Cakupan KIA di Kota Bontang tercatat 70,5 persen.";
    await t.send(textUpdate(release, { from: owner }));
    expect(buttonsOf(t.sent("sendMessage").at(-1)).map((b) => b.text)).toEqual([
      "Buat draf",
      "Batal",
    ]);
    const before = texts().length;
    await t.send(textUpdate(release, { from: stranger }));
    expect(texts().slice(before)).toHaveLength(1);
    expect(texts().at(-1)).not.toContain("Terbaca dari rilis pers");
  });

  it("refuses an admin command to a stranger before anything else answers it", async () => {
    await t.send(textUpdate("/draf", { from: stranger }));
    expect(texts()).toEqual([String(adminTexts.notAdmin)]);
  });

  it("answers a browsing button in place, and an inline query with results", async () => {
    await t.send(pressUpdate("q:id:i"), inlineUpdate("IKD Berau", user("id")));
    expect(t.sent("editMessageText")).toHaveLength(1);
    expect(t.sent("answerInlineQuery")).toHaveLength(1);
  });
});

function membershipUpdate(): Update {
  const member = { user: TEST_BOT_INFO, status: "member" } as const;
  return {
    update_id: 1,
    my_chat_member: {
      chat: { id: -1, type: "group", title: "Warga" },
      from: user(),
      date: 0,
      old_chat_member: member,
      new_chat_member: { ...member, status: "left" },
    },
  } as Update;
}
