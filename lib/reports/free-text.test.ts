import { describe, expect, it } from "vitest";
import { EMOJI_FALLBACK, printableText, textDirection } from "./free-text";

describe("printableText", () => {
  it("replaces each whole emoji sequence by one visible replacement character", () => {
    expect(printableText("Empleo Joven 🚀")).toBe(`Empleo Joven ${EMOJI_FALLBACK}`);
    expect(printableText("👩🏽‍💻 team 🇸🇳")).toBe(`${EMOJI_FALLBACK} team ${EMOJI_FALLBACK}`);
    expect(printableText("1️⃣")).toBe(EMOJI_FALLBACK);
  });

  it("keeps text and the symbols the fonts draw", () => {
    expect(printableText("Agence © ™ ★ — Cục Việc làm, الهيئة")).toBe("Agence © ™ ★ — Cục Việc làm, الهيئة");
  });
});

describe("textDirection", () => {
  it("takes the direction of the first letter", () => {
    expect(textDirection("الهيئة الوطنية للتشغيل (ANETI)")).toBe("rtl");
    expect(textDirection("(2026) שירות התעסוקה")).toBe("rtl");
    expect(textDirection("ANETI — الهيئة")).toBe("ltr");
    expect(textDirection("123")).toBe("ltr");
  });
});
