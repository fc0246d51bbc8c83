import { allItems } from "./lookup";
import type { Answers } from "./types";
import { VALIDATION_MESSAGES as M } from "./validation-messages";

export type CrossFieldIssue = { itemId: string; message: string };

/**
 * The rules between items, over stored answers: a range's start may not exceed its end (the youth age
 * range). The section form (section-form.ts) and the server at submission both call this one function.
 */
export function crossFieldIssues(answers: Answers): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  for (const item of allItems) {
    if (item.kind !== "number" || !item.notAboveItem) continue;
    const from = answers[item.id]?.value;
    const to = answers[item.notAboveItem]?.value;
    if (typeof from === "number" && typeof to === "number" && from > to) issues.push({ itemId: item.id, message: M.rangeOrder });
  }
  return issues;
}
