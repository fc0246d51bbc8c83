import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderReport } from "./render-report";
import { sampleReportData } from "./sample-report";

const AGENCY_NAMES = {
  chinese: "中华人民共和国人力资源和社会保障部",
  japanese: "ハローワーク",
  korean: "고용노동부",
  khmer: "ភ្នាក់ងារជាតិមុខរបរ និងការងារ",
  devanagari: "राष्ट्रीय करियर सेवा",
  thai: "กรมการจัดหางาน",
  vietnamese: "Cục Việc làm",
} as const;

/**
 * Scripts whose shaping reorders glyphs (a Devanagari vowel sign drawn before its consonant, a Khmer
 * subscript): a PDF stores glyphs in visual order, so pdftotext returns the right characters in that
 * order. For them each word is compared as a multiset of characters; every other script must match exactly.
 */
const VISUAL_ORDER = new Set<keyof typeof AGENCY_NAMES>(["khmer", "devanagari"]);

const dir = mkdtempSync(path.join(tmpdir(), "report-scripts-"));

function normalise(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ");
}

function sortedWords(text: string): string {
  return text
    .split(" ")
    .map((word) => [...word].sort().join(""))
    .join(" ");
}

async function renderToFile(name: string, file: string) {
  const pdf = await renderReport(sampleReportData("en", name));
  const target = path.join(dir, file);
  writeFileSync(target, pdf);
  return target;
}

describe("agency names in their own script", () => {
  for (const [script, name] of Object.entries(AGENCY_NAMES) as [keyof typeof AGENCY_NAMES, string][]) {
    it(`renders a ${script} name with real glyphs, embedded and subset`, { timeout: 120_000 }, async () => {
      const file = await renderToFile(name, `${script}.pdf`);
      const text = normalise(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
      expect(text).not.toContain("\uFFFD");
      if (VISUAL_ORDER.has(script)) {
        const words = sortedWords(normalise(name));
        const lines = text.split("\n").map((line) => sortedWords(line.trim()));
        expect(lines.some((line) => line.includes(words))).toBe(true);
        expect(sortedWords(text)).toContain(words);
      } else {
        expect(text).toContain(normalise(name));
      }
      const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
      expect(fonts.length).toBeGreaterThan(1);
      for (const line of fonts) {
        // name type encoding emb sub uni object ID: every font embedded and subset (no Helvetica fallback).
        expect(line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
      }
      // The name's glyphs come from a Noto font: no glyph fell back to the built-in (unembedded) Helvetica.
      expect(fonts.every((line) => line.includes("+NotoSans"))).toBe(true);
    });
  }
});

/**
 * Noto Sans Arabic draws dotted letters as a dotless skeleton plus dot marks (its `ccmp`, needed for the
 * joining forms). The PDF's text layer maps each glyph to one character, so letters sharing a skeleton
 * (ب ت ث ن ي ئ, س ش, …) come back as the first of them the document used: the printed glyphs are right
 * (seen by eye), the text is compared skeleton by skeleton. Order and joining are checked exactly.
 */
const ARABIC_SKELETONS: string[] = ["بتثنيئىٮ", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فقٯ", "هة"];
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function arabicSkeleton(text: string): string {
  return [...text.replace(BIDI_CONTROLS, "")].map((char) => ARABIC_SKELETONS.find((group) => group.includes(char))?.[0] ?? char).join("");
}

describe("right-to-left names and emoji", () => {
  it("prints an Arabic name joined, in logical order, on the cover and in every footer", { timeout: 120_000 }, async () => {
    const name = "الهيئة الوطنية للتشغيل";
    const file = await renderToFile(name, "arabic.pdf");
    const lines = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).split("\n").map((line) => arabicSkeleton(normalise(line)));
    const expected = arabicSkeleton(name);
    const reversed = arabicSkeleton([...name].reverse().join(""));
    // The cover's line is the name alone; each page's footer holds it (pdftotext places the right-to-left
    // run of a mixed line by its own rules, so only its presence is checked there).
    expect(lines).toContain(expected);
    expect(lines.filter((line) => line.includes(expected) && line.includes("Round 2026")).length).toBeGreaterThan(5);
    expect(lines.some((line) => line.includes(reversed))).toBe(false);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    expect(fonts).toContain("+NotoSansArabic-Bold");
  });

  it("leaves a visible replacement character where a name had an emoji", { timeout: 120_000 }, async () => {
    const file = await renderToFile("Empleo Joven 🚀 Norte", "emoji.pdf");
    const text = normalise(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
    expect(text).toContain("Empleo Joven \uFFFD Norte");
    expect(text).not.toContain("Empleo Joven Norte");
  });
});
