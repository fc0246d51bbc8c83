// The coordinator's data layer, one verb per file. Server-only: every function checks the user's role.
export { addReviewComment } from "./add-review-comment";
export { decideReview } from "./decide-review";
export { getReview, type ReviewView } from "./get-review";
export { listFilterOptions } from "./list-filter-options";
export { listSubmissions, type SubmissionPage, type SubmissionRow } from "./list-submissions";
export type { ReviewCommentView, StatusEventView } from "./review-types";
export { getRegionalOverview } from "./get-regional-overview";
