import type { z } from "zod";
import { DIMENSION_IDS, getItem } from "@/lib/questionnaire/lookup";
import { OTHER_OPTION, SCALE_OPTIONS } from "@/lib/questionnaire/scales";
import type { Item } from "@/lib/questionnaire/types";
import type { Bound, DatasetShape, ItemFigure } from "./dataset-schema";

/**
 * Shares of a distribution are rounded in the sources (e.g. 0.1818 + 0.5455 + 0.2727 = 1.0000, but whole
 * percents can add to 99 or 101): a sum within ±0.01 of 1 is accepted, anything else is a wrong figure.
 */
export const SHARE_SUM_TOLERANCE = 0.01;
/** A count and its share must agree to the same rounding (share ≈ count / n). */
export const COUNT_SHARE_TOLERANCE = 0.01;

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function report(ctx: Ctx, path: Path, message: string, params: Record<string, string | number> = {}) {
  ctx.addIssue({ code: "custom", path, message, params });
}

/** Options a figure may name: the item's scale or its own list (`dont_know` is an answer too). */
function optionsOf(item: Item): readonly string[] {
  switch (item.kind) {
    case "status":
    case "adoption":
    case "budget":
      return SCALE_OPTIONS[item.kind];
    case "single":
      return item.options;
    case "multi":
      return item.allowOther ? [...item.options, OTHER_OPTION] : item.options;
    default:
      return [];
  }
}

function fitsKind(figure: ItemFigure, item: Item): boolean {
  if (figure.kind === "bound") return true;
  if (figure.kind === "multi") return item.kind === "multi";
  return item.kind === "status" || item.kind === "adoption" || item.kind === "budget" || item.kind === "single";
}

function checkOptionKeys(ctx: Ctx, path: Path, itemId: string, keys: string[], allowed: readonly string[]) {
  for (const option of keys) {
    if (!allowed.includes(option)) report(ctx, [...path, option], "dataset.errors.unknownOption", { itemId, option });
  }
}

function checkCounts(ctx: Ctx, path: Path, figure: { shares: Record<string, number>; counts?: Record<string, number> }, n: number | null) {
  if (!figure.counts || n === null) return;
  for (const [option, count] of Object.entries(figure.counts)) {
    if (count > n) {
      report(ctx, [...path, "counts", option], "dataset.errors.countAboveN", { option, count, n });
      continue;
    }
    const share = figure.shares[option];
    if (share !== undefined && Math.abs(count / n - share) > COUNT_SHARE_TOLERANCE) {
      report(ctx, [...path, "counts", option], "dataset.errors.countShareMismatch", { option, count, n, share });
    }
  }
}

function checkItemFigure(ctx: Ctx, itemId: string, figure: ItemFigure, n: number | null) {
  const path: Path = ["items", itemId];
  const item = getItem(itemId);
  if (!item) return report(ctx, path, "dataset.errors.unknownItem", { itemId });
  if (!fitsKind(figure, item)) {
    return report(ctx, [...path, "kind"], "dataset.errors.figureKindMismatch", { itemId, kind: figure.kind, itemKind: item.kind });
  }
  if (figure.kind === "bound") return checkBoundOptions(ctx, [...path, "bound"], figure.bound, itemId);
  const allowed = optionsOf(item);
  checkOptionKeys(ctx, [...path, "shares"], itemId, Object.keys(figure.shares), allowed);
  checkOptionKeys(ctx, [...path, "counts"], itemId, Object.keys(figure.counts ?? {}), allowed);
  if (figure.kind === "multi") {
    checkOptionKeys(ctx, [...path, "bounds"], itemId, Object.keys(figure.bounds ?? {}), allowed);
  }
  checkCounts(ctx, path, figure, n);
  if (figure.kind !== "distribution") return;
  const sum = Object.values(figure.shares).reduce((total, share) => total + share, 0);
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    report(ctx, [...path, "shares"], "dataset.errors.sharesSum", { itemId, sum: Math.round(sum * 10000) / 10000 });
  }
}

/** A structured bound may only name options of its item (a dimension's statement: the status scale). */
function checkBoundOptions(ctx: Ctx, path: Path, bound: Bound | undefined, itemId: string | undefined) {
  if (bound === undefined || typeof bound === "string" || !bound.options) return;
  const item = itemId === undefined ? undefined : getItem(itemId);
  const allowed = item ? optionsOf(item) : SCALE_OPTIONS.status;
  checkOptionKeys(ctx, [...path, "options"], itemId ?? "", bound.options, allowed);
}

/**
 * A dataset that carries a citation (version 2026.2 on) is shown to users without its working notes, so
 * everything users read must be there in plain form: a citation and exactness on every figure, statements
 * in English, French and Spanish with their original language, bounds as data, n and gaps said plainly.
 */
function checkCitedDataset(dataset: DatasetShape, ctx: Ctx) {
  if (!dataset.citation) return;
  const need = (present: boolean, path: Path, field: string) => {
    if (!present) report(ctx, path, "dataset.errors.citedFieldMissing", { field });
  };
  for (const [itemId, figure] of Object.entries(dataset.items ?? {})) {
    const path: Path = ["items", itemId];
    need(figure.citation !== undefined, path, "citation");
    need(figure.exactness !== undefined, path, "exactness");
    const bounds = figure.kind === "bound" ? [figure.bound] : figure.kind === "multi" ? Object.values(figure.bounds ?? {}) : [];
    need(bounds.every((bound) => typeof bound !== "string"), path, "bound");
  }
  const meta = dataset.dimensions?._meta;
  if (meta) {
    need(meta.citation !== undefined && meta.exactness !== undefined, ["dimensions", "_meta"], "citation");
    need(meta.scaleText !== undefined, ["dimensions", "_meta"], "scaleText");
  }
  (dataset.statements ?? []).forEach((statement, index) => {
    const path: Path = ["statements", index];
    need(statement.fr !== undefined && statement.es !== undefined, path, "fr, es");
    need(statement.originalLanguage !== undefined, path, "originalLanguage");
    need(statement.citation !== undefined, path, "citation");
    need(statement.bound === undefined || typeof statement.bound !== "string", path, "bound");
  });
  need(dataset.n !== null || dataset.nNote === undefined || dataset.nNoteText !== undefined, [], "nNoteText");
  need(dataset.unavailable === undefined || dataset.unavailableText !== undefined, [], "unavailableText");
}

/** Cross-checks the zod shape cannot express: every id and option must exist in the instrument. */
export function checkDatasetAgainstInstrument(dataset: DatasetShape, ctx: Ctx): void {
  for (const [itemId, figure] of Object.entries(dataset.items ?? {})) {
    checkItemFigure(ctx, itemId, figure, dataset.n);
  }
  const dimensionIds: readonly string[] = DIMENSION_IDS;
  for (const key of Object.keys(dataset.dimensions ?? {})) {
    if (key !== "_meta" && !dimensionIds.includes(key)) {
      report(ctx, ["dimensions", key], "dataset.errors.unknownDimension", { dimension: key });
    }
  }
  (dataset.statements ?? []).forEach((statement, index) => {
    const path: Path = ["statements", index];
    // A statement stands beside one item or one dimension (an item's statement already belongs to its dimension).
    if ((statement.item === undefined) === (statement.dimension === undefined)) {
      report(ctx, path, "dataset.errors.statementTarget");
    }
    if (statement.item !== undefined && !getItem(statement.item)) {
      report(ctx, [...path, "item"], "dataset.errors.unknownItem", { itemId: statement.item });
    }
    if (statement.dimension !== undefined && !dimensionIds.includes(statement.dimension)) {
      report(ctx, [...path, "dimension"], "dataset.errors.unknownDimension", { dimension: statement.dimension });
    }
    checkBoundOptions(ctx, [...path, "bound"], statement.bound, statement.item);
  });
  checkCitedDataset(dataset, ctx);
}
