import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import type { ComparedAssessment } from "@/lib/compare/types";
import { db } from "@/lib/db";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import { fail, ok, type Result } from "@/lib/result";

type Client = Pick<typeof db, "assessment">;

/**
 * The scores of up to 8 assessments, from their current snapshot's typed columns (SnapshotDimension and
 * the index columns), in the order asked. Coordinators and administrators only; ids without a scored
 * snapshot are left out (a draft has no scores to compare).
 */
export async function loadComparedAssessments(ids: readonly string[], client: Client = db): Promise<ComparedAssessment[]> {
  if (ids.length === 0) return [];
  const rows = await client.assessment.findMany({
    where: { id: { in: [...ids] }, currentSnapshot: { isNot: null } },
    select: {
      id: true,
      round: true,
      status: true,
      agency: { select: { name: true, countryCode: true, region: true } },
      currentSnapshot: {
        select: { digitalMaturity: true, youthReadiness: true, dimensions: { select: { dimension: true, score: true } } },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    const snapshot = row?.currentSnapshot;
    if (!row || !snapshot) return [];
    const dimensions = Object.fromEntries(DIMENSION_IDS.map((d) => [d, null])) as Record<DimensionId, number | null>;
    for (const d of snapshot.dimensions) if (d.dimension in dimensions) dimensions[d.dimension as DimensionId] = d.score;
    return [{
      assessmentId: row.id,
      agencyName: row.agency.name,
      countryCode: row.agency.countryCode,
      region: row.agency.region,
      round: row.round,
      status: row.status,
      dimensions,
      indices: { digital_maturity: snapshot.digitalMaturity, youth_readiness: snapshot.youthReadiness },
    }];
  });
}

export async function getComparedAssessments(user: SessionUser, ids: readonly string[]): Promise<Result<ComparedAssessment[]>> {
  if (!hasPermission(user.role, "assessment:view-all")) return fail("forbidden");
  return ok(await loadComparedAssessments(ids));
}
