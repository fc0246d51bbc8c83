import { answerEntrySchema } from "@/lib/questionnaire/answer-schemas";
import { getItem } from "@/lib/questionnaire/lookup";
import type { Answers } from "@/lib/questionnaire/types";

/**
 * The previous round's answers that still fit the current instrument: an item that no longer exists, or
 * an answer its current definition refuses (a removed option, a changed range), is left for the
 * respondent to answer again rather than carried over as an invalid value.
 */
export function carryOverAnswers(previous: Answers): Answers {
  const kept: Answers = {};
  for (const [itemId, entry] of Object.entries(previous)) {
    const item = getItem(itemId);
    if (!item) continue;
    const parsed = answerEntrySchema(item).safeParse(entry);
    if (parsed.success) kept[itemId] = parsed.data;
  }
  return kept;
}
