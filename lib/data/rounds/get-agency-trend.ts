import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import type { TrendPoint } from "@/lib/rounds/trend";
import { checkReadAccess, readableAssessments } from "../assessments/access";

/**
 * The agency's indices and dimension scores over all its scored rounds (oldest first), read from the typed
 * columns of each round's current snapshot. Who may read the assessment may read its agency's trend;
 * the rounds are read with the same access `where` (a respondent only ever sees their own agency).
 */
export async function getAgencyTrend(user: SessionUser, assessmentId: string): Promise<TrendPoint[]> {
  const access = await checkReadAccess(user, assessmentId);
  if (!access.ok) return [];
  const rows = await db.assessment.findMany({
    where: { AND: [readableAssessments(user), { agencyId: access.agencyId, status: { not: "DRAFT" }, currentSnapshot: { isNot: null } }] },
    select: {
      id: true,
      round: true,
      currentSnapshot: { select: { digitalMaturity: true, youthReadiness: true, dimensions: { select: { dimension: true, score: true } } } },
    },
    orderBy: { round: "asc" },
  });
  return rows.flatMap((row) => {
    const snapshot = row.currentSnapshot;
    if (!snapshot) return [];
    const dimensions = Object.fromEntries(DIMENSION_IDS.map((d) => [d, null])) as Record<DimensionId, number | null>;
    for (const d of snapshot.dimensions) if (d.dimension in dimensions) dimensions[d.dimension as DimensionId] = d.score;
    return [{ assessmentId: row.id, round: row.round, indices: { digital_maturity: snapshot.digitalMaturity, youth_readiness: snapshot.youthReadiness }, dimensions }];
  });
}
