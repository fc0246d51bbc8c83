import { z } from "zod";

import { boundedTextSchema } from "./answer-schemas";
import { VALIDATION_MESSAGES as M } from "./validation-messages";

/** Every section has an optional comment: examples, evidence, links. */
export const COMMENT_MAX_LENGTH = 4000;

/** Trimmed; an empty comment clears it. */
export const commentSchema = z.string({ error: M.invalidType }).trim().pipe(boundedTextSchema(COMMENT_MAX_LENGTH));
