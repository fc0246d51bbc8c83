import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { getAssessment, type AssessmentDetail } from "@/lib/data/assessments";
import type { SessionUser } from "@/lib/auth/access";

/**
 * The page-side check: a respondent, and an assessment of their agency (else 404 or 403). Pages call it
 * from generateMetadata too: metadata is resolved before the page streams (next.config.js), so an unknown
 * id answers a real 404 status. Cached per request: the title and the page share one read.
 */
export const loadAssessmentForPage = cache(async (assessmentId: string): Promise<{ user: SessionUser; assessment: AssessmentDetail }> => {
  const user = await requireRole("RESPONDENT");
  const result = await getAssessment(user, assessmentId);
  if (!result.ok) {
    if (result.error === "validation.notFound") notFound();
    redirect("/forbidden");
  }
  return { user, assessment: result.data };
});
