// The baseline bot (baseline-bot.ts) as a Node webhook server on loopback, the
// way `npm start` serves the project: @hono/node-server on PORT. Started as a
// child process by the ratios bench, with the same fake Bot API.

import { serve } from "@hono/node-server";
import { createBaselineApp } from "./baseline-bot.ts";

const required = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`${name} must be set`);
  return value;
};

const app = createBaselineApp({
  token: required("TELEGRAM_BOT_TOKEN"),
  secret: required("WEBHOOK_SECRET"),
  botInfo: JSON.parse(required("BOT_INFO")),
  apiRoot: required("TELEGRAM_API_ROOT"),
});
app.get("/health", (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: Number(required("PORT")) }, () =>
  console.log("baseline listening"),
);
