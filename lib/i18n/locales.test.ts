import { describe, expect, it } from "vitest";
import { matchAcceptLanguage } from "./locales";

describe("matchAcceptLanguage", () => {
  it("picks the preferred supported language", () => {
    expect(matchAcceptLanguage("es-CO,es;q=0.9,en;q=0.8")).toBe("es");
    expect(matchAcceptLanguage("de-DE,fr;q=0.7,en;q=0.5")).toBe("fr");
  });
  it("honours quality values over order", () => {
    expect(matchAcceptLanguage("en;q=0.2,fr;q=0.9")).toBe("fr");
  });
  it("falls back to English", () => {
    expect(matchAcceptLanguage(undefined)).toBe("en");
    expect(matchAcceptLanguage("ja,zh;q=0.8")).toBe("en");
  });
});
