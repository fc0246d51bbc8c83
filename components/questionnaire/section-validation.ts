import { saveAnswerSchema, sectionCommentSchema, sectionFormSchema, type SectionFormValues } from "@/lib/questionnaire/schemas";
import type { SectionId } from "@/lib/questionnaire/types";

/*
 * The section form's validation: the shared zod schemas. Loaded by section-form.tsx on the first
 * interaction, not with the page (zod is most of the page's own script weight on a slow line).
 */

/** The section's errors by field path (`answers.<section>.<name>.value`, `comment`): the first per field. */
export function validateSection(sectionId: SectionId, values: SectionFormValues): Record<string, string> {
  const result = sectionFormSchema(sectionId).safeParse(values);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
}

/** Whether the save route would accept this answer (the same schema it parses with). */
export function isValidAnswer(input: unknown): boolean {
  return saveAnswerSchema.safeParse(input).success;
}

export function isValidComment(input: unknown): boolean {
  return sectionCommentSchema.safeParse(input).success;
}
