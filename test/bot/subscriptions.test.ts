// Subscriptions through the bot: who may subscribe which chat (anyone their
// private chat, only admins a group or channel, as getChatMember says), the
// filters, what Telegram tells about the bot's place in a chat, groups that
// become supergroups, and what publishing or correcting enqueues. Telegram is
// faked at the API transformer: getChat and getChatMember answer from a table.

import type { Chat, ChatMember, Update, User } from "grammy/types";
import { beforeEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/domain/engine.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { createSubscriptions } from "../../src/store/subscriptions.ts";
import { readLink } from "../../src/watch/read-link.ts";
import { outboxRows, publishRelease, subscribe, subscriber } from "../support/broadcast.ts";
import { seededStore } from "../support/reference.ts";
import { TEST_BOT_INFO } from "../support/telegram-updates.ts";
import { OWNER_ID, owner, stranger } from "./admin-harness.ts";
import {
  buttonsOf,
  pressUpdate,
  type TestBot,
  testBot,
  textUpdate,
  USER_ID,
  user,
} from "./harness.ts";

/** The chat textUpdate puts group messages in. */
const GROUP_ID = -100123;
const CHANNEL: Chat.ChannelChat = { id: -1009876, type: "channel", title: "Kabar <Kaltim>" };
const GROUP_ADMIN = 5001;

let t: TestBot;
let subscriptions: ReturnType<typeof createSubscriptions>;
let store: ReturnType<typeof createAdminStore>;
let client: Awaited<ReturnType<typeof seededStore>>["client"];
let deliveriesStarted: number;
/** getChatMember's answers, by "chat:user"; anyone else is a plain member. */
let members: Map<string, ChatMember>;

beforeEach(async () => {
  const seeded = await seededStore();
  client = seeded.client;
  store = createAdminStore(client);
  subscriptions = createSubscriptions(client);
  deliveriesStarted = 0;
  t = testBot(
    createEngine({ facts: seeded.facts, defaultProvince: "64" }),
    { adminUserIds: [OWNER_ID] },
    {
      admin: { store, readLink, facts: seeded.facts, deliverNow: () => deliveriesStarted++ },
      subscriptions,
    },
  );
  members = new Map([[`${GROUP_ID}:${GROUP_ADMIN}`, member("administrator", GROUP_ADMIN)]]);
  t.bot.api.config.use(async (previous, method, payload, signal) => {
    const p = payload as Record<string, unknown>;
    if (method === "getChat") {
      return (
        p.chat_id === "@kabarkaltim"
          ? { ok: true, result: CHANNEL }
          : { ok: false, error_code: 400, description: "Bad Request: chat not found" }
      ) as never;
    }
    if (method === "getChatMember") {
      const userId = Number(p.user_id);
      const found = members.get(`${p.chat_id}:${userId}`) ?? member("member", userId);
      return { ok: true, result: found } as never;
    }
    return previous(method, payload, signal);
  });
});

function member(status: "member" | "administrator" | "creator", id: number, more = {}): ChatMember {
  return { status, user: { id, is_bot: false, first_name: "X" }, ...more } as ChatMember;
}

const replies = () => t.sent("sendMessage").map((m) => String(m.text));
async function say(text: string, options: Parameters<typeof textUpdate>[1] = {}): Promise<string> {
  await t.send(textUpdate(text, options));
  return replies().at(-1) ?? "";
}

let updateId = 900_000;
function botStatusUpdate(chat: Chat, status: ChatMember): Update {
  return {
    update_id: ++updateId,
    my_chat_member: {
      chat,
      from: user(),
      date: 1_700_000_000,
      old_chat_member: { status: "member", user: TEST_BOT_INFO },
      new_chat_member: status,
    },
  };
}

describe("in a private chat", () => {
  it("/langganan subscribes to everything, then shows what the chat gets", async () => {
    expect(await say("/langganan")).toContain(
      "Berlangganan. Chat ini akan menerima kabar setiap rilis data baru, dan koreksinya.",
    );
    expect(await subscriptions.find(USER_ID)).toEqual({
      chatId: USER_ID,
      chatKind: "private",
      title: null,
      lang: "id",
      filter: { region: null, indicator: null },
      active: true,
      inactiveReason: null,
    });
    const shown = await say("/langganan");
    expect(shown).toContain("Chat ini berlangganan kabar rilis data baru.");
    expect(shown).toContain("/langganan ikd berau");
  });

  it("chooses a region and an indicator, read strictly, and writes nothing it cannot read", async () => {
    expect(await say("/langganan ikd berau")).toContain(
      "rilis data baru tentang IKD di Kabupaten Berau",
    );
    expect((await subscriptions.find(USER_ID))?.filter).toEqual({
      region: "64.03",
      indicator: "ikd",
    });
    expect(await say("/langganan brau")).toContain(
      "“brau” tidak saya kenali sebagai wilayah atau indikator",
    );
    expect((await subscriptions.find(USER_ID))?.filter).toEqual({
      region: "64.03",
      indicator: "ikd",
    });
    expect(await say("/langganan <b>x</b>")).toContain("“&lt;b&gt;x&lt;/b&gt;”");
    await say("/langganan semua");
    expect((await subscriptions.find(USER_ID))?.filter).toEqual({ region: null, indicator: null });
  });

  it("answers and sends news in the language of the alias used", async () => {
    expect(await say("/subscribe kota bontang")).toContain(
      "This chat will get news of every new data release in Kota Bontang",
    );
    expect(await subscriptions.find(USER_ID)).toMatchObject({ lang: "en" });
  });

  it("/berhenti stops the news, and says so when there was none", async () => {
    await say("/langganan");
    expect(await say("/berhenti")).toContain("Langganan dihentikan");
    expect(await subscriptions.find(USER_ID)).toMatchObject({
      active: false,
      inactiveReason: "unsubscribed",
    });
    expect(await say("/unsubscribe")).toContain("This chat is not subscribed.");
  });
});

describe("in a group", () => {
  const asMember = { chat: "supergroup" as const, from: user("id", 5002) };
  const asAdmin = { chat: "supergroup" as const, from: user("id", GROUP_ADMIN) };

  it("only the group's admins subscribe it or stop it; anyone may see what it gets", async () => {
    expect(await say("/langganan", asMember)).toContain("hanya dapat diatur oleh admin grup");
    expect(await subscriptions.find(GROUP_ID)).toBeNull();

    expect(await say("/langganan ikd", asAdmin)).toContain("Berlangganan.");
    expect(await subscriptions.find(GROUP_ID)).toMatchObject({
      chatKind: "supergroup",
      title: "Warga Kaltim",
      filter: { region: null, indicator: "ikd" },
    });
    expect(await say("/langganan", asMember)).toContain(
      "Chat ini berlangganan kabar rilis data baru tentang IKD.",
    );
    expect(await say("/berhenti", asMember)).toContain("hanya dapat diatur oleh admin grup");
    expect((await subscriptions.find(GROUP_ID))?.active).toBe(true);
    // Replies in a group quote the command they answer.
    expect(t.sent("sendMessage").at(-1)?.reply_parameters).toBeDefined();
  });

  it("asks Telegram whether the sender is an admin before reading any filter", async () => {
    // A filter that would be refused is not even read for a member: the answer is who may.
    expect(await say("/langganan brau", asMember)).toContain("hanya dapat diatur oleh admin grup");
    const long = `/langganan ${"kutai kertanegra penajam pasr utra ".repeat(100)}`;
    expect(await say(long, asMember)).toContain("hanya dapat diatur oleh admin grup");
    expect(await subscriptions.find(GROUP_ID)).toBeNull();
    // An admin's overlong filter is refused whole, and only its start is repeated.
    const refused = await say(long, asAdmin);
    expect(refused).toContain("tidak saya kenali");
    expect(refused.length).toBeLessThan(400);
    expect(await subscriptions.find(GROUP_ID)).toBeNull();
  });

  it("takes an anonymous admin, who writes as the group itself", async () => {
    const update = textUpdate("/langganan", asMember);
    const message = update.message;
    if (!message) throw new Error("textUpdate makes messages");
    await t.send({
      ...update,
      message: {
        ...message,
        sender_chat: { id: GROUP_ID, type: "supergroup", title: "Warga Kaltim" },
      },
    });
    expect(replies().at(-1)).toContain("Berlangganan.");
  });

  it("keeps its subscription when it becomes a supergroup", async () => {
    await subscribe(client, subscriber(-4001, { chatKind: "group" }));
    const update = textUpdate("", { chat: "group" });
    const { text: _text, ...message } = update.message ?? ({} as NonNullable<Update["message"]>);
    await t.send({
      ...update,
      message: {
        ...message,
        chat: { id: -4001, type: "group", title: "Warga" },
        migrate_to_chat_id: -1004001,
      },
    } as Update);
    expect(await subscriptions.find(-1004001)).toMatchObject({
      active: true,
      chatKind: "supergroup",
    });
    expect(await subscriptions.find(-4001)).toBeNull();
  });
});

describe("a channel", () => {
  const channelAdmin: User = user("id", 5101);

  it("is registered by its admins once the bot may post there", async () => {
    const register = (text: string) => say(text, { from: channelAdmin });
    expect(await register("/langganan_kanal")).toContain("Jadikan bot admin kanal Anda");
    expect(await register("/langganan_kanal @tidakada")).toContain(
      "Kanal @tidakada tidak saya temukan",
    );
    expect(await register("/langganan_kanal @kabarkaltim")).toContain(
      "Saya belum boleh mengirim pesan di @kabarkaltim",
    );

    members.set(
      `${CHANNEL.id}:${TEST_BOT_INFO.id}`,
      member("administrator", TEST_BOT_INFO.id, { can_post_messages: true }),
    );
    expect(await register("/langganan_kanal @kabarkaltim")).toContain(
      "hanya dapat didaftarkan oleh adminnya",
    );
    expect(await subscriptions.find(CHANNEL.id)).toBeNull();

    members.set(`${CHANNEL.id}:${channelAdmin.id}`, member("creator", channelAdmin.id));
    expect(await register("/subscribe_channel @kabarkaltim kia")).toContain(
      "The channel Kabar &lt;Kaltim&gt; gets news of new data releases about KIA.",
    );
    expect(await subscriptions.find(CHANNEL.id)).toMatchObject({
      chatKind: "channel",
      title: "Kabar <Kaltim>",
      lang: "en",
      filter: { region: null, indicator: "kia" },
      active: true,
    });
  });
});

describe("what Telegram says about the bot's place in a chat", () => {
  it("stops the subscription of a chat that blocked or removed the bot, and a return does not restart it", async () => {
    await subscribe(
      client,
      subscriber(USER_ID),
      subscriber(GROUP_ID),
      subscriber(CHANNEL.id, { chatKind: "channel" }),
    );
    const bot = TEST_BOT_INFO;
    await t.send(
      botStatusUpdate(
        { id: USER_ID, type: "private", first_name: "Ani" },
        { status: "kicked", user: bot, until_date: 0 },
      ),
      botStatusUpdate(
        { id: GROUP_ID, type: "supergroup", title: "Warga" },
        { status: "left", user: bot },
      ),
      botStatusUpdate(CHANNEL, member("administrator", bot.id, { can_post_messages: false })),
    );
    expect(await subscriptions.find(USER_ID)).toMatchObject({
      active: false,
      inactiveReason: "blocked",
    });
    expect(await subscriptions.find(GROUP_ID)).toMatchObject({
      active: false,
      inactiveReason: "removed",
    });
    expect(await subscriptions.find(CHANNEL.id)).toMatchObject({
      active: false,
      inactiveReason: "cannot-post",
    });

    await t.send(
      botStatusUpdate(
        { id: GROUP_ID, type: "supergroup", title: "Warga" },
        { status: "member", user: bot },
      ),
    );
    expect((await subscriptions.find(GROUP_ID))?.active).toBe(false);
    expect(t.sent("sendMessage")).toEqual([]);
  });
});

describe("admins publishing and correcting", () => {
  it("enqueue the news with the publication and start delivering at once", async () => {
    await subscribe(
      client,
      subscriber(101),
      subscriber(102, { filter: { region: null, indicator: "ktp_el" } }),
    );
    await t.send(textUpdate("/draf 2024-12-31 | Desember | DKP3A", { from: owner }));
    await t.send(textUpdate("/ubah ikd kaltim 6,5", { from: owner }));
    await t.send(textUpdate("/terbitkan", { from: owner }));
    const [confirm] = buttonsOf(t.sent("sendMessage").at(-1));
    await t.send(pressUpdate(confirm?.callback_data ?? "", owner));
    expect(replies().at(-1)).toContain("Pelanggan dikabari");
    expect(await outboxRows(client)).toMatchObject([{ chatId: 101, status: "pending" }]);
    expect(deliveriesStarted).toBe(1);

    await t.send(textUpdate("/koreksi ikd kaltim 6,6 salah ketik", { from: owner }));
    expect((await outboxRows(client)).map((r) => [r.broadcastId, r.chatId])).toEqual([
      [1, 101],
      [2, 101],
    ]);
    expect(deliveriesStarted).toBe(2);
  });

  it("/siaran shows how broadcasts stand, to admins only", async () => {
    await subscribe(client, subscriber(101));
    await publishRelease(store);
    expect(await say("/siaran", { from: stranger })).toContain("Perintah ini khusus admin data");
    const shown = await say("/siaran", { from: owner });
    expect(shown).toMatch(/^<b>Siaran terbaru<\/b>\n• #1, /);
    expect(shown).toContain(
      "rilis #2 “Capaian adminduk Kaltim Desember 2024”\n  0 terkirim, 1 menunggu, 0 gagal, 0 tidak aktif",
    );
  });
});
