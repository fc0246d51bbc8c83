import "server-only";
import { getAssessment, type AssessmentDetail } from "@/lib/data/assessments";
import type { SessionUser } from "@/lib/auth/access";
import { pageData } from "@/lib/http/page-data";
import { requireRole } from "@/lib/session/guards";

/** The page-side check: a respondent, and an assessment of their agency (else 404 or 403). */
export async function loadAssessmentForPage(assessmentId: string): Promise<{ user: SessionUser; assessment: AssessmentDetail }> {
  const user = await requireRole("RESPONDENT");
  return { user, assessment: pageData(await getAssessment(user, assessmentId)) };
}
