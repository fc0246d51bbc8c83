import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { ASSESSMENT_SELECT, toAnswers, toSummary } from "./mappers";
import type { AssessmentSummary } from "./types";

/** The assessments of the user's own agency, newest round first. Users without an agency have none. */
export async function listAgencyAssessments(user: SessionUser): Promise<AssessmentSummary[]> {
  if (user.agencyId === null) return [];
  const rows = await db.assessment.findMany({
    where: { agencyId: user.agencyId },
    orderBy: { round: "desc" },
    select: { ...ASSESSMENT_SELECT, answers: { select: { itemId: true, value: true, otherText: true } } },
  });
  return rows.map((row) => toSummary(row, toAnswers(row.answers)));
}
