import { allItems, DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId, Item } from "@/lib/questionnaire/types";
import { INDEX_IDS } from "@/lib/scoring/indices";
import type { IndexId } from "@/lib/scoring/types";

/**
 * The columns of the CSV export, derived from the instrument (an added item adds its column): the
 * assessment's metadata, one column per item (multi: option ids joined with `;`), one more for the
 * "Other" text of items that allow it, then each dimension's score and stage and the two indices.
 */
export const META_COLUMNS = [
  "assessment_id",
  "agency_name",
  "country",
  "region",
  "round",
  "status",
  "instrument_version",
  "submitted_at",
  "approved_at",
  "scoring_model_version",
] as const;
export type MetaColumn = (typeof META_COLUMNS)[number];

export type ExportColumn =
  | { key: MetaColumn; kind: "meta" }
  | { key: string; kind: "item"; item: Item }
  | { key: string; kind: "other"; item: Item }
  | { key: string; kind: "score" | "stage"; dimension: DimensionId }
  | { key: string; kind: "index" | "indexStage"; index: IndexId };

/** Multi options are joined with this separator inside one cell. */
export const MULTI_SEPARATOR = ";";

export function exportColumns(): ExportColumn[] {
  const columns: ExportColumn[] = META_COLUMNS.map((key) => ({ key, kind: "meta" as const }));
  for (const item of allItems) {
    columns.push({ key: item.id, kind: "item", item });
    if (item.kind === "multi" && item.allowOther) columns.push({ key: `${item.id}.other_text`, kind: "other", item });
  }
  for (const dimension of DIMENSION_IDS) {
    columns.push({ key: `score.${dimension}`, kind: "score", dimension });
    columns.push({ key: `stage.${dimension}`, kind: "stage", dimension });
  }
  for (const index of INDEX_IDS) {
    columns.push({ key: `index.${index}`, kind: "index", index });
    columns.push({ key: `index_stage.${index}`, kind: "indexStage", index });
  }
  return columns;
}
