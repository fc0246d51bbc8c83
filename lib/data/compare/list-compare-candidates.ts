import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import type { CompareCandidate } from "@/lib/compare/types";
import { db } from "@/lib/db";

/** How many matches the picker lists: a search narrows it, the list never grows with the installation. */
export const CANDIDATE_LIMIT = 20;

/**
 * Scored assessments whose agency name contains `q` (all when empty), latest round first, at most 20
 * (coordinators and administrators; anyone else gets none).
 */
export async function listCompareCandidates(user: SessionUser, q: string | undefined): Promise<CompareCandidate[]> {
  if (!hasPermission(user.role, "assessment:view-all")) return [];
  const rows = await db.assessment.findMany({
    where: { currentSnapshot: { isNot: null }, ...(q ? { agency: { name: { contains: q } } } : {}) },
    select: { id: true, round: true, status: true, agency: { select: { name: true, countryCode: true } } },
    orderBy: [{ round: "desc" }, { agency: { name: "asc" } }],
    take: CANDIDATE_LIMIT,
  });
  return rows.map((row) => ({ assessmentId: row.id, agencyName: row.agency.name, countryCode: row.agency.countryCode, round: row.round, status: row.status }));
}
