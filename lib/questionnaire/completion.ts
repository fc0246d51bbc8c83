import { allItems, sections, type ItemId } from "./lookup";
import type { AnswerEntry, Answers, SectionId } from "./types";

/**
 * How far an assessment is, per section. Pure: answers in, counts out.
 * An item counts as answered when it has a non-empty value; `dont_know` is an answer.
 */

export type SectionCompletion = {
  sectionId: SectionId;
  /** Items with an answer, required or not. */
  answered: number;
  /** Items that must be answered before submission. */
  required: number;
  requiredAnswered: number;
  total: number;
  /** Every required item is answered. */
  complete: boolean;
};

export function isAnswered(entry: AnswerEntry | undefined): boolean {
  if (!entry) return false;
  const { value } = entry;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number") return Number.isFinite(value);
  return value.length > 0;
}

/** Per-section completion, in instrument order. Answers to unknown item ids are ignored. */
export function getCompletion(answers: Answers): SectionCompletion[] {
  return sections.map((section) => {
    const required = section.items.filter((item) => item.required);
    const answered = section.items.filter((item) => isAnswered(answers[item.id]));
    const requiredAnswered = required.filter((item) => isAnswered(answers[item.id])).length;
    return {
      sectionId: section.id,
      answered: answered.length,
      required: required.length,
      requiredAnswered,
      total: section.items.length,
      complete: requiredAnswered === required.length,
    };
  });
}

/** Required items still unanswered, in instrument order: what blocks submission. */
export function missingRequiredItems(answers: Answers): ItemId[] {
  return allItems
    .filter((item) => item.required && !isAnswered(answers[item.id]))
    .map((item) => item.id as ItemId);
}

export function isReadyToSubmit(answers: Answers): boolean {
  return missingRequiredItems(answers).length === 0;
}
