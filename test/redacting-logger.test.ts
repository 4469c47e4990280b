import { describe, expect, it } from "vitest";
import { redactingLogger } from "../src/redacting-logger.ts";

function capture() {
  const entries: { message: string; detail: unknown }[] = [];
  return {
    entries,
    logger: { error: (message: string, detail?: unknown) => entries.push({ message, detail }) },
  };
}

describe("redactingLogger", () => {
  it("blanks each secret, plain or URL-encoded, in the message and anywhere in the detail", () => {
    const { entries, logger } = capture();
    const nested = new Error("request to /bot1%3Aabc/getMe failed", {
      cause: Object.assign(new Error("socket hang up"), { url: "/bot1:abc/getMe" }),
    });

    redactingLogger(logger, ["1:abc"]).error("token 1:abc", { errors: [nested] });

    expect(JSON.stringify(entries)).not.toMatch(/1:abc|1%3Aabc/);
    expect(entries[0]?.message).toBe("token <redacted>");
    expect(entries[0]?.detail).toMatchObject({
      errors: [
        {
          message: "request to /bot<redacted>/getMe failed",
          cause: { url: "/bot<redacted>/getMe" },
        },
      ],
    });
  });

  it("names objects that are not plain data instead of walking them, and drops functions", () => {
    const { entries, logger } = capture();
    class Context {
      api = { token: "1:abc" };
    }

    redactingLogger(logger, ["1:abc"]).error("failed", { ctx: new Context(), retry: () => 1 });

    expect(entries[0]?.detail).toEqual({ ctx: "[Context]" });
  });
});
