// Node entry: `npm start`. Opens the embedded database (migrated and seeded on
// first run) and, without a Telegram token, chats in the terminal.

import { createConfig } from "./config.ts";
import { runConsoleChat } from "./console/chat.ts";
import { createEngine } from "./domain/engine.ts";
import { prepareDatabase } from "./store/db.ts";
import { createFactsSource } from "./store/facts-repository.ts";

async function main(): Promise<void> {
  const config = createConfig(process.env);
  const { client } = await prepareDatabase({
    url: config.databaseUrl,
    authToken: config.databaseAuthToken,
  });
  const engine = createEngine({
    facts: createFactsSource(client),
    defaultProvince: config.defaultProvince,
  });
  await runConsoleChat({
    engine,
    input: process.stdin,
    output: process.stdout,
    defaultLang: config.defaultLang,
    interactive: process.stdin.isTTY === true,
  });
  client.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
