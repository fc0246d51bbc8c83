import type { Citation, LocalizedText } from "./citation-schema";

/**
 * A citation in one CSV cell: `key` or `key#topic` (e.g. `ilo-ap-2023-presentation#barriers_top8`). Only
 * citations of studies the product knows fit in a cell; one written out in three languages is imported as
 * JSON. An unknown key passes through and is refused by the dataset schema, with its message.
 */
export function formatCitationCell(citation: Citation | undefined): string | undefined {
  if (!citation?.key) return undefined;
  return citation.topic ? `${citation.key}#${citation.topic}` : citation.key;
}

export function parseCitationCell(cell: string | undefined): Record<string, string> | undefined {
  if (cell === undefined) return undefined;
  const [key, topic] = cell.split("#", 2);
  return topic === undefined ? { key: key ?? "" } : { key: key ?? "", topic };
}

/** A text in three languages as the text_en, text_fr and text_es cells of one row. */
export function localizedRow(text: LocalizedText): { text_en: string; text_fr: string; text_es: string } {
  return { text_en: text.en, text_fr: text.fr, text_es: text.es };
}
