import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { ok, type Result } from "@/lib/result";
import type { SectionId } from "@/lib/questionnaire/types";
import { canFillFor, findReadableAssessment } from "./access";
import { ASSESSMENT_SELECT, toAnswers, toSummary } from "./mappers";
import { isEditableStatus, type AssessmentDetail } from "./types";

/**
 * One assessment with its answers and comments. Users of the owning agency, coordinators and admins
 * may read it; `isEditable` says whether this user may change it now.
 */
export async function getAssessment(user: SessionUser, assessmentId: string): Promise<Result<AssessmentDetail>> {
  const found = await findReadableAssessment(user, assessmentId, {
    ...ASSESSMENT_SELECT,
    answers: { select: { itemId: true, value: true, otherText: true, version: true } },
    sections: { select: { sectionId: true, comment: true } },
  });
  if (!found.ok) return found;
  const row = found.data;
  const answers = toAnswers(row.answers);
  const comments: Partial<Record<SectionId, string>> = {};
  for (const section of row.sections) {
    if (section.comment) comments[section.sectionId as SectionId] = section.comment;
  }
  return ok({
    ...toSummary(row, answers),
    answers,
    comments,
    isEditable: isEditableStatus(row.status) && canFillFor(user, row.agencyId),
    versions: Object.fromEntries(row.answers.map((answer) => [answer.itemId, answer.version])),
  });
}
