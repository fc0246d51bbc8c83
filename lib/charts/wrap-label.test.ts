import { describe, expect, it } from "vitest";
import { wrapLabel } from "./wrap-label";

describe("wrapLabel", () => {
  // 120 px at 10 px: 20 characters per line.
  it("keeps a short label on one line", () => {
    expect(wrapLabel("Digital strategy", 120, 10)).toEqual(["Digital strategy"]);
  });

  it("breaks at spaces so that no line is longer than the width allows", () => {
    const lines = wrapLabel("Technologies de front-office innovantes pour les jeunes", 120, 10);
    expect(lines).toEqual(["Technologies de", "front-office", "innovantes pour les", "jeunes"]);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(20);
  });

  it("cuts a word longer than a line (a name written without spaces)", () => {
    expect(wrapLabel("ABCDEFGHIJKLMNOPQRSTUVWXY (2026)", 120, 10)).toEqual(["ABCDEFGHIJKLMNOPQRST", "UVWXY (2026)"]);
  });
});
