import type { Locale } from "@/lib/i18n/locales";

/**
 * The download's file name: agency, round and language. The plain `filename` is ASCII (accents dropped,
 * other characters replaced) for old clients; `filename*` (RFC 5987/6266) carries the full UTF-8 name.
 */
export function reportFileName(agencyName: string, round: number, locale: Locale): { ascii: string; utf8: string } {
  const base = agencyName.normalize("NFC").replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ").replace(/\s+/g, " ").trim();
  const utf8 = `${base || "report"} - ${round} - ${locale}.pdf`;
  const asciiBase = base
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9 ()._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-\s]+|[-\s]+$/g, "");
  const ascii = `${asciiBase || "agency"}-${round}-${locale}-report.pdf`.replace(/\s+/g, "_");
  return { ascii, utf8 };
}

export function contentDisposition(agencyName: string, round: number, locale: Locale): string {
  const { ascii, utf8 } = reportFileName(agencyName, round, locale);
  const encoded = encodeURIComponent(utf8).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
