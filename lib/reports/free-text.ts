/**
 * Free text typed by users (agency names, answers, comments) made printable in the PDF.
 *
 * Emoji: no report font has colour emoji glyphs, and react-pdf's emoji source fetches images over the
 * network (offline servers cannot), so an emoji would silently vanish. Each whole emoji sequence (ZWJ
 * sequences, skin tones, flags, keycaps) becomes one U+FFFD REPLACEMENT CHARACTER "�", which Noto Sans draws:
 * the reader sees that something was there. Plain symbols the fonts do have (©, ™, ★) are kept.
 */
// Built at run time: the `v` flag (Unicode sets, for \p{RGI_Emoji}) is newer than the project's TS target.
const EMOJI = new RegExp("\\p{RGI_Emoji}", "gv");
// Left-overs of sequences that are not RGI (a lone variation selector or joiner) would print nothing.
const EMOJI_PARTS = /[\u200D\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;

export const EMOJI_FALLBACK = "\uFFFD";

export function printableText(text: string): string {
  return text.replace(EMOJI, EMOJI_FALLBACK).replace(EMOJI_PARTS, "");
}

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const FIRST_LETTER = /\p{L}/u;

/**
 * The paragraph direction of a text on its own (HTML's dir="auto"): that of its first letter. react-pdf
 * orders mixed runs (Unicode bidi algorithm, bidi-js) within that direction, so "(ANETI)" after an Arabic
 * name lands on its left.
 */
export function textDirection(text: string): "ltr" | "rtl" {
  const first = FIRST_LETTER.exec(text)?.[0];
  return first !== undefined && RTL.test(first) ? "rtl" : "ltr";
}
