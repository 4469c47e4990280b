import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keptQuestionText, oldestKeptWeek, weekOf } from "../../src/domain/unanswered.ts";

describe("what of an unanswered question is kept", () => {
  it.each([
    ["Berapa IKD di Kota Bandung?", "berapa ikd di kota bandung"],
    ["KIA 2021-2024 <b>Berau</b>", "kia 2021 2024 berau"],
    ["IKD 64.03", "ikd 64.03"],
    ["nilai 4,48% tahun 2024", "nilai 4 48 tahun 2024"],
  ])("%s → %s", (asked, kept) => {
    expect(keptQuestionText(asked)).toBe(kept);
  });

  it.each([
    ["a NIK", "cek NIK 6471012345678901"],
    ["a NIK in groups", "nik 6471 0123 4567 8901"],
    ["a mobile number", "wa 0812 3456 789"],
    ["a number with the country code", "hubungi +62 812-3456-7890"],
    ["an e-mail address", "email ani@example.com"],
    ["a Telegram username", "tanya @ani_warga"],
    ["nothing left", "?!…"],
  ])("is nothing for %s", (_, asked) => {
    expect(keptQuestionText(asked)).toBeNull();
  });

  it("never keeps a 16-digit run, whatever surrounds it", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100 }),
        fc.stringMatching(/^\d{16}$/),
        fc.string({ maxLength: 100 }),
        (a, nik, b) => {
          expect(keptQuestionText(`${a} ${nik} ${b}`)).toBeNull();
        },
      ),
    );
  });

  it("reads any text in bounded time and output", () => {
    const long = "0".repeat(200_000);
    expect(keptQuestionText(long)).toBeNull();
    expect(keptQuestionText("ab ".repeat(100_000))?.length).toBeLessThanOrEqual(300);
  });
});

describe("weeks", () => {
  it("start on Monday", () => {
    expect(weekOf("2026-11-30")).toBe("2026-11-30");
    expect(weekOf("2026-12-06")).toBe("2026-11-30");
    expect(weekOf("2026-12-07")).toBe("2026-12-07");
  });

  it("are kept for 90 days", () => {
    expect(oldestKeptWeek("2026-04-20")).toBe("2026-01-19");
  });
});
