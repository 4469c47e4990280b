import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: migrations are applied by our own code
// (src/store/db.ts), so no credentials are needed here.
export default defineConfig({
  dialect: "turso",
  schema: "./src/store/schema.ts",
  out: "./drizzle",
});
