import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * The report's fonts: Noto Sans for the text (Latin, including Vietnamese diacritics), and a Noto Sans font
 * per script for agency names written in other scripts (CJK, Thai, Khmer, Devanagari, Arabic; react-pdf
 * shapes Arabic joining forms and orders right-to-left runs itself, see free-text.ts for direction and emoji). TTF files from the @expo-google-fonts packages
 * (WOFF2 crashes fontkit). react-pdf embeds only the glyphs used (subset).
 */
export const BODY_FONT = "NotoSans";

type ScriptFont = { family: string; pkg: string; file: string };

const SCRIPT_FONTS = {
  latin: { family: BODY_FONT, pkg: "noto-sans", file: "NotoSans" },
  japanese: { family: "NotoSansJP", pkg: "noto-sans-jp", file: "NotoSansJP" },
  korean: { family: "NotoSansKR", pkg: "noto-sans-kr", file: "NotoSansKR" },
  chinese: { family: "NotoSansSC", pkg: "noto-sans-sc", file: "NotoSansSC" },
  thai: { family: "NotoSansThai", pkg: "noto-sans-thai", file: "NotoSansThai" },
  khmer: { family: "NotoSansKhmer", pkg: "noto-sans-khmer", file: "NotoSansKhmer" },
  devanagari: { family: "NotoSansDevanagari", pkg: "noto-sans-devanagari", file: "NotoSansDevanagari" },
  arabic: { family: "NotoSansArabic", pkg: "noto-sans-arabic", file: "NotoSansArabic" },
} as const satisfies Record<string, ScriptFont>;

export type Script = keyof typeof SCRIPT_FONTS;

/**
 * Files are read from the project's node_modules at run time: @react-pdf/renderer is a server external,
 * so the bundler neither copies nor rewrites these paths (`next start`, tsx and Vitest all run from the root).
 */
function fontPath(font: ScriptFont, weight: "400Regular" | "700Bold"): string {
  const file = path.join(process.cwd(), "node_modules", "@expo-google-fonts", font.pkg, weight, `${font.file}_${weight}.ttf`);
  if (!existsSync(file)) throw new Error(`Report font missing: ${file} (is @expo-google-fonts/${font.pkg} installed?)`);
  return file;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

let registered = false;

/** Registers the fonts once per process (react-pdf keeps them, parsed, in its font store). */
export function registerReportFonts(): void {
  if (registered) return;
  for (const font of Object.values(SCRIPT_FONTS)) {
    Font.register({
      family: font.family,
      fonts: [
        { src: fontPath(font, "400Regular"), fontWeight: 400 },
        { src: fontPath(font, "700Bold"), fontWeight: 700 },
      ],
    });
  }
  // No hyphenation: words stay whole (and searchable in the PDF's text); CJK text, written without spaces,
  // may break between any two characters.
  Font.registerHyphenationCallback((word) => (CJK.test(word) ? Array.from(word) : [word]));
  registered = true;
}

const SCRIPT_TESTS: [Script, RegExp][] = [
  // Kana before Han: a Japanese name mixes both and needs Japanese glyph forms for its kanji.
  ["japanese", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["korean", /\p{Script=Hangul}/u],
  ["chinese", /\p{Script=Han}/u],
  ["thai", /\p{Script=Thai}/u],
  ["khmer", /\p{Script=Khmer}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
  ["arabic", /\p{Script=Arabic}/u],
];

/** The scripts a text is written in, besides Latin, in the order their fonts should be tried. */
export function scriptsOf(text: string): Script[] {
  return SCRIPT_TESTS.filter(([, test]) => test.test(text)).map(([script]) => script);
}

/**
 * Latin text is laid out without the `ccmp` feature: Noto Sans would otherwise split precomposed letters
 * such as Vietnamese "ụ" into a base letter and a combining mark, and the PDF's text (copy, search,
 * screen readers) would lose the mark. Complex scripts (Indic, Khmer, Thai) need `ccmp` for shaping.
 */
export const LATIN_FEATURES = { ccmp: false } as const;

/** Style for free text that may be in any script (the agency name, comments). */
export function freeTextStyle(text: string): { fontFamily: string[]; fontFeatureSettings: Record<string, boolean> } {
  return { fontFamily: fontChainFor(text), fontFeatureSettings: scriptsOf(text).length === 0 ? LATIN_FEATURES : { ccmp: true } };
}

/**
 * Font chain for free text such as an agency name: Noto Sans first (Latin letters, digits, punctuation),
 * then the fonts of the scripts found in the text; react-pdf takes each character from the first font that
 * has it. Only the fonts a text needs are listed, so a Latin-only report never loads the CJK files.
 */
export function fontChainFor(text: string): string[] {
  const scripts = scriptsOf(text);
  // Han without kana could be Chinese or Japanese kanji only; Chinese forms are the common reading.
  return [BODY_FONT, ...scripts.map((script) => SCRIPT_FONTS[script].family)];
}
