// The assessments data layer, one verb per file. Server-only: every function checks the user.
export { createAssessment } from "./create-assessment";
export { ROUND_TAKEN } from "./insert-draft";
export { getAssessment } from "./get-assessment";
export { listAgencyAssessments } from "./list-agency-assessments";
export { saveAnswer } from "./save-answer";
export { saveSectionComment } from "./save-section-comment";
export { INCOMPLETE, submitAssessment } from "./submit-assessment";
export { EDITABLE_STATUSES, isEditableStatus } from "./types";
export type { AssessmentDetail, AssessmentStatus, AssessmentSummary, CompletionSummary } from "./types";
export { confirmSection, listSectionsToConfirm } from "./confirm-section";
export { ROUND_ERRORS, startNextRound } from "./start-next-round";
export { getLiveState, leaveAssessment, PRESENCE_TTL_MS } from "./get-live-state";
export type { LiveState } from "./get-live-state";
export { STALE_ANSWER } from "./save-answer";
export type { SaveAnswerResult } from "./save-answer";
export type { StoredAnswer } from "./stored-answer";
