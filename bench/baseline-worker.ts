// The baseline bot (baseline-bot.ts) as a Cloudflare Worker entry, for the
// Worker ratios of `npm run bench -- ratios`: served by `wrangler dev` beside
// the project's Worker. Built once per isolate from its vars, as a bot with
// no store can be: it keeps nothing that did I/O for another request.

import type { ExecutionContext, Hono } from "hono";
import { createBaselineApp } from "./baseline-bot.ts";

type Env = Record<string, string | undefined>;

let app: Hono | undefined;

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createBaselineApp({
      token: env.TELEGRAM_BOT_TOKEN ?? "",
      secret: env.WEBHOOK_SECRET ?? "",
      botInfo: JSON.parse(env.BOT_INFO ?? "{}"),
      apiRoot: env.TELEGRAM_API_ROOT ?? "https://api.telegram.org",
    });
    if (new URL(request.url).pathname === "/health") return Response.json({ ok: true });
    return app.fetch(request, env, ctx);
  },
};
