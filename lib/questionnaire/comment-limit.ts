/** Every section has an optional comment: examples, evidence, links. Kept apart from the schema (no zod) for the page. */
export const COMMENT_MAX_LENGTH = 4000;
