// The lean composer must behave as grammY's Composer does: the same order of
// middleware, filters that pass on what they do not match, async predicates,
// and failures that reach the caller as rejections.

import { Composer, Context } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { LeanComposer } from "../../src/bot/lean-composer.ts";
import { TEST_BOT_INFO } from "../support/telegram-updates.ts";
import { textUpdate } from "./harness.ts";

function contextOf(update: Update): Context {
  // No API call is made: the middleware below only reads the update.
  return new Context(update, {} as never, TEST_BOT_INFO);
}

/** The same registrations on a grammY Composer and on a LeanComposer. */
function both(register: (composer: Composer<Context>, trace: string[]) => void) {
  return [new Composer<Context>(), new LeanComposer<Context>()].map((composer) => {
    const trace: string[] = [];
    register(composer, trace);
    return async (update: Update) => {
      trace.length = 0;
      await composer.middleware()(contextOf(update), async () => {
        trace.push("after");
      });
      return [...trace];
    };
  });
}

describe("the lean composer", () => {
  it("runs what grammY's Composer runs, in the same order, for commands, text and filters", async () => {
    const runs = both((composer, trace) => {
      composer.use(async (_ctx, next) => {
        trace.push("first");
        await next();
        trace.push("first again");
      });
      composer.command("start", (ctx) => void trace.push(`start:${ctx.match}`));
      composer.filter(
        async (ctx) => ctx.message?.text?.includes("async") === true,
        (_ctx, next) => {
          trace.push("async predicate");
          return next();
        },
      );
      const inPrivate = composer.chatType("private");
      inPrivate.on("message:text", (ctx, next) => {
        trace.push(`text:${ctx.message.text}`);
        return ctx.message.text === "stop" ? undefined : next();
      });
      composer.use((_ctx, next) => {
        trace.push("last");
        return next();
      });
    });
    for (const text of ["/start ikd", "IKD Berau", "async IKD", "stop"]) {
      const [grammy, lean] = await Promise.all(runs.map((run) => run(textUpdate(text))));
      expect(lean, text).toEqual(grammy);
    }
    const group = textUpdate("IKD Berau", { chat: "group" });
    const [grammy, lean] = await Promise.all(runs.map((run) => run(group)));
    expect(lean).toEqual(grammy);
    expect(lean).toEqual(["first", "last", "after", "first again"]);
  });

  it("decides a filter by truthiness, as grammY does, whatever the predicate returns", async () => {
    const runs = both((composer, trace) => {
      const returning = (value: unknown) => (() => value) as unknown as () => boolean;
      composer.filter(returning(undefined), () => void trace.push("undefined"));
      composer.filter(returning("yes"), (_ctx, next) => {
        trace.push("yes");
        return next();
      });
    });
    const [grammy, lean] = await Promise.all(runs.map((run) => run(textUpdate("IKD"))));
    expect(lean).toEqual(grammy);
    expect(lean).toEqual(["yes", "after"]);
  });

  it("rejects when a middleware throws, even one that is not async", async () => {
    const composer = new LeanComposer<Context>();
    composer.on("message:text", () => {
      throw new Error("broken");
    });
    const running = composer.middleware()(contextOf(textUpdate("IKD")), async () => {});
    expect(running).toBeInstanceOf(Promise);
    await expect(running).rejects.toThrow("broken");
  });

  it("refuses a middleware that calls next twice, as grammY does", async () => {
    const composer = new LeanComposer<Context>();
    composer.use(async (_ctx, next) => {
      await next();
      await next();
    });
    await expect(
      composer.middleware()(contextOf(textUpdate("IKD")), async () => {}),
    ).rejects.toThrow("`next` already called");
  });
});
