import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import type { LiveCohortFigure } from "@/lib/scoring/live-cohort";
import type { Stage } from "@/lib/scoring/stages";
import type { IndexId } from "@/lib/scoring/types";
import { COHORT_FROM, cohortWhere, type CohortSelection, type SqlClient } from "../live-items/count-answers";
import { queryScoreFigures } from "../score-figures/score-figures-sql";
import { toLiveCohort, toStageCounts } from "../score-figures/to-cohort";

export type DimensionFigures = {
  dimensions: Record<DimensionId, { figure: LiveCohortFigure | null; stages: Record<Stage, number> }>;
  indices: Record<IndexId, LiveCohortFigure | null>;
};

const SCOPE = "cohort";

/**
 * Per dimension and index of a cohort: median, min–max (≥ 5 scored agencies) and the count of agencies at
 * each stage, computed by the database over the typed columns of each member's current snapshot.
 */
export async function loadDimensionFigures(selection: CohortSelection, client: SqlClient = db): Promise<DimensionFigures> {
  const members = Prisma.sql`SELECT s."id" AS "snapshotId", ${SCOPE} AS "scope"
    FROM ${COHORT_FROM} JOIN "ScoreSnapshot" s ON s."currentForId" = a."id"
    WHERE ${cohortWhere(selection)} AND s."instrumentVersion" = ${selection.instrumentVersion}`;
  const rows = await queryScoreFigures(client, members, { offMainThread: true });
  const cohort = toLiveCohort(rows, SCOPE, selection.instrumentVersion);
  const stages = toStageCounts(rows, SCOPE);
  return {
    dimensions: Object.fromEntries(DIMENSION_IDS.map((d) => [d, { figure: cohort.dimensions[d], stages: stages[d] }])) as DimensionFigures["dimensions"],
    indices: cohort.indices,
  };
}
