import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { createPrismaClient } from "@/lib/db-client";
import type { Answers } from "@/lib/questionnaire/types";
import { scoreAssessment } from "@/lib/scoring/score-assessment";

const E2E_DB = "file:./e2e/.tmp/e2e.db";

/**
 * A submitted assessment of a demo agency with its answers and its score snapshot, written straight to the
 * e2e database. The snapshot is computed with the engine the server uses at submission (lib/scoring, against
 * the built-in datasets the seed publishes); `server-only` keeps lib/data out of Playwright's process.
 * Returns the id; a second call for the same agency and round replaces the earlier one.
 */
export async function createScoredAssessment(input: {
  agencyId: string;
  userEmail: string;
  round: number;
  answers: Answers;
  comments?: Record<string, string>;
  status?: "SUBMITTED" | "DRAFT";
}): Promise<string> {
  const db = createPrismaClient(E2E_DB);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email: input.userEmail } });
    const existing = await db.assessment.findUnique({ where: { agencyId_round: { agencyId: input.agencyId, round: input.round } } });
    if (existing) {
      await db.$transaction([
        db.scoreSnapshot.deleteMany({ where: { assessmentId: existing.id } }),
        db.answer.deleteMany({ where: { assessmentId: existing.id } }),
        db.sectionState.deleteMany({ where: { assessmentId: existing.id } }),
        db.statusEvent.deleteMany({ where: { assessmentId: existing.id } }),
        db.assessment.delete({ where: { id: existing.id } }),
      ]);
    }
    const status = input.status ?? "SUBMITTED";
    const scores = scoreAssessment(input.answers, getBuiltinDatasets());
    const assessment = await db.assessment.create({
      data: {
        agencyId: input.agencyId,
        round: input.round,
        status,
        instrumentVersion: scores.instrumentVersion,
        createdById: user.id,
        submittedAt: status === "SUBMITTED" ? new Date() : null,
        answers: {
          create: Object.entries(input.answers).map(([itemId, entry]) => ({
            itemId,
            value: JSON.stringify(entry.value),
            otherText: entry.otherText ?? null,
            updatedById: user.id,
          })),
        },
        sections: { create: Object.entries(input.comments ?? {}).map(([sectionId, comment]) => ({ sectionId, comment, updatedById: user.id })) },
      },
    });
    if (status === "SUBMITTED") {
      await db.scoreSnapshot.create({
        data: {
          assessmentId: assessment.id,
          instrumentVersion: scores.instrumentVersion,
          scoringModelVersion: scores.scoringModelVersion,
          datasetVersions: JSON.stringify(scores.datasetVersions),
          scores: JSON.stringify(scores),
          isCurrent: true,
          createdById: user.id,
        },
      });
    }
    return assessment.id;
  } finally {
    await db.$disconnect();
  }
}
