import "server-only";
import { cache } from "react";
import { getAssessment, type AssessmentDetail } from "@/lib/data/assessments";
import type { SessionUser } from "@/lib/auth/access";
import { pageData } from "@/lib/http/page-data";
import { requireRole } from "@/lib/session/guards";

/**
 * The page-side check: a respondent, and an assessment of their agency (else 404 or 403). Pages call it
 * from generateMetadata too: metadata is resolved before the page streams (next.config.js), so an unknown
 * id answers a real 404 status. Cached per request: the title and the page share one read.
 */
export const loadAssessmentForPage = cache(async (assessmentId: string): Promise<{ user: SessionUser; assessment: AssessmentDetail }> => {
  const user = await requireRole("RESPONDENT");
  return { user, assessment: pageData(await getAssessment(user, assessmentId)) };
});
