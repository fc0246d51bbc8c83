import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import { ok, type Result } from "@/lib/result";
import type { TrendPoint } from "@/lib/rounds/trend";
import { findReadableAssessment, readableAssessments } from "../assessments/access";

/**
 * The agency's indices and dimension scores over all its scored rounds (oldest first), read from the typed
 * columns of each round's current snapshot (never recomputed, never the scores JSON). Whoever may read this
 * assessment may read its agency's rounds: the query is scoped by the same access `where` AND by the
 * assessment's own agency, so another agency's round can never enter the trend, whatever the role.
 */
export async function getAgencyTrend(user: SessionUser, assessmentId: string): Promise<Result<TrendPoint[]>> {
  const found = await findReadableAssessment(user, assessmentId, { agencyId: true });
  if (!found.ok) return found;
  const rows = await db.assessment.findMany({
    where: { AND: [readableAssessments(user), { agencyId: found.data.agencyId, status: { not: "DRAFT" }, currentSnapshot: { isNot: null } }] },
    select: {
      id: true,
      round: true,
      currentSnapshot: {
        select: { scoringModelVersion: true, digitalMaturity: true, youthReadiness: true, dimensions: { select: { dimension: true, score: true } } },
      },
    },
    orderBy: { round: "asc" },
  });
  return ok(
    rows.flatMap((row) => {
      const snapshot = row.currentSnapshot;
      if (!snapshot) return [];
      const dimensions = Object.fromEntries(DIMENSION_IDS.map((d) => [d, null])) as Record<DimensionId, number | null>;
      for (const d of snapshot.dimensions) if (d.dimension in dimensions) dimensions[d.dimension as DimensionId] = d.score;
      return [
        {
          assessmentId: row.id,
          round: row.round,
          scoringModelVersion: snapshot.scoringModelVersion,
          indices: { digital_maturity: snapshot.digitalMaturity, youth_readiness: snapshot.youthReadiness },
          dimensions,
        },
      ];
    }),
  );
}
