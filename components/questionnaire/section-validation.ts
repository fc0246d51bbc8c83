import { zodResolver } from "@hookform/resolvers/zod";
import { saveAnswerSchema, sectionCommentSchema, sectionFormSchema } from "@/lib/questionnaire/schemas";
import type { SectionId } from "@/lib/questionnaire/types";

/*
 * The section form's validation: the shared zod schemas and their form glue. Loaded by section-form.tsx on
 * the first interaction, not with the page (zod is most of the page's own script weight on a slow line).
 */

export function sectionResolver(sectionId: SectionId) {
  return zodResolver(sectionFormSchema(sectionId));
}

/** Whether the save route would accept this answer (the same schema it parses with). */
export function isValidAnswer(input: unknown): boolean {
  return saveAnswerSchema.safeParse(input).success;
}

export function isValidComment(input: unknown): boolean {
  return sectionCommentSchema.safeParse(input).success;
}
