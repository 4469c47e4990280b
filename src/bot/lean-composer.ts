// grammY's Composer, with the same methods and the same order of middleware,
// but cheaper per update. grammY's `filter` (behind `on`, `command`,
// `callbackQuery`, `chatType`, ...) is a `lazy` branch: for every update and
// every registered handler it awaits the predicate, builds a new Composer and
// chains it, and `use` nests two async functions per middleware. A private
// question walks past some forty handlers before its own, so that was most
// of grammY's cost per update. Here each `use` is one entry of a flat list run
// by index, and a filter tests its predicate directly, awaiting only a
// predicate that returns a promise.

import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

type Predicate<C> = (ctx: C) => boolean | Promise<boolean>;

/** What a middleware that returned no promise is awaited as: nothing is waiting in it. */
const DONE: Promise<void> = Promise.resolve();

export class LeanComposer<C extends Context> extends Composer<C> {
  /** Middleware in the order it was added; a composer's is read when it runs, so it may grow after. */
  private readonly stack: MiddlewareFn<C>[];
  private readonly run: MiddlewareFn<C>;

  constructor(...middleware: Middleware<C>[]) {
    super();
    const stack = middleware.map(asFunction);
    this.stack = stack;
    this.run = (ctx, next) => runFrom(stack, 0, ctx, next);
  }

  override middleware(): MiddlewareFn<C> {
    return this.run;
  }

  override use(...middleware: Middleware<C>[]): Composer<C> {
    const composer = new LeanComposer(...middleware);
    this.stack.push(composer.middleware());
    return composer;
  }

  override filter<D extends C>(
    predicate: (ctx: C) => ctx is D,
    ...middleware: Middleware<D>[]
  ): Composer<D>;
  override filter(predicate: Predicate<C>, ...middleware: Middleware<C>[]): Composer<C>;
  override filter(predicate: Predicate<C>, ...middleware: Middleware<C>[]): Composer<C> {
    const composer = new LeanComposer(...middleware);
    const matched = composer.middleware();
    this.stack.push((ctx, next) => {
      const verdict = predicate(ctx);
      // Decided by truthiness, as grammY's branch decides.
      if (!(verdict instanceof Promise)) return verdict ? matched(ctx, next) : next();
      return verdict.then((ok) => (ok ? matched(ctx, next) : next()));
    });
    return composer;
  }
}

/**
 * Runs the list from `index` on, then `next`. (A plain function rather than a
 * closure made per update: tsx, which runs the Node server, names every
 * closure it makes, and that costs more than the closure.)
 */
function runFrom<C extends Context>(
  stack: readonly MiddlewareFn<C>[],
  index: number,
  ctx: C,
  next: () => Promise<void>,
): Promise<void> {
  const current = stack[index];
  if (current === undefined) return next();
  let nextCalled = false;
  return invoke(current, ctx, () => {
    if (nextCalled) throw new Error("`next` already called before!");
    nextCalled = true;
    return runFrom(stack, index + 1, ctx, next);
  });
}

/** Middleware as a function; an object's middleware() is asked when it runs, as grammY does. */
function asFunction<C extends Context>(middleware: Middleware<C>): MiddlewareFn<C> {
  return typeof middleware === "function"
    ? middleware
    : (ctx, next) => middleware.middleware()(ctx, next);
}

/**
 * Runs one middleware so that whatever it does, the caller gets a promise:
 * grammY's own chain is made of async functions, so a synchronous throw
 * reaches the caller as a rejection, and a plain return as a settled promise.
 */
function invoke<C extends Context>(
  middleware: MiddlewareFn<C>,
  ctx: C,
  next: () => Promise<void>,
): Promise<void> {
  try {
    const result = middleware(ctx, next);
    return result instanceof Promise ? (result as Promise<void>) : DONE;
  } catch (error) {
    return Promise.reject(error);
  }
}
