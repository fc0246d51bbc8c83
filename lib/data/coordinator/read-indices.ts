import "server-only";
import { db } from "@/lib/db";
import type { AssessmentScores, IndexId } from "@/lib/scoring/types";

export type IndexValues = Record<IndexId, number | null>;

/**
 * The two index values of the current snapshots of the given assessments (one page of the overview):
 * the scores JSON is parsed for these rows only, never for the whole list.
 */
export async function readIndexValues(assessmentIds: readonly string[]): Promise<Map<string, IndexValues>> {
  if (assessmentIds.length === 0) return new Map();
  const rows = await db.scoreSnapshot.findMany({
    where: { assessmentId: { in: [...assessmentIds] }, isCurrent: true },
    select: { assessmentId: true, scores: true },
  });
  return new Map(
    rows.map((row) => {
      const scores = JSON.parse(row.scores) as Pick<AssessmentScores, "indices">;
      return [
        row.assessmentId,
        { digital_maturity: scores.indices.digital_maturity?.value ?? null, youth_readiness: scores.indices.youth_readiness?.value ?? null },
      ];
    }),
  );
}
