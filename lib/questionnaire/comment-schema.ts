import { z } from "zod";

import { boundedTextSchema } from "./answer-schemas";
import { COMMENT_MAX_LENGTH } from "./comment-limit";
import { VALIDATION_MESSAGES as M } from "./validation-messages";

export { COMMENT_MAX_LENGTH };

/** Trimmed; an empty comment clears it. */
export const commentSchema = z.string({ error: M.invalidType }).trim().pipe(boundedTextSchema(COMMENT_MAX_LENGTH));
