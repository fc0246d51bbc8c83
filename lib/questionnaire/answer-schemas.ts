import { z } from "zod";

import { OTHER_OPTION, OTHER_TEXT_MAX_LENGTH, SCALE_OPTIONS } from "./scales";
import type { AnswerValue, Item, MultiItem, NumberItem } from "./types";
import { VALIDATION_MESSAGES as M } from "./validation-messages";

/**
 * Value and entry schemas of one item, derived from its definition: adding an item to the
 * instrument is all it takes to validate its answers, on the form and on the server alike.
 */

function optionSchema(options: readonly string[]) {
  return z
    .string({ error: M.invalidType })
    .refine((option) => options.includes(option), { message: M.optionNotInScale });
}

// Multi issues sit on the value itself (no index in the path) so a checkbox group shows them.
function multiSchema(item: MultiItem) {
  const allowed: readonly string[] = item.allowOther ? [...item.options, OTHER_OPTION] : item.options;
  return z.array(z.string({ error: M.invalidType }), { error: M.invalidType }).superRefine((values, ctx) => {
    if (values.some((option) => !allowed.includes(option))) {
      ctx.addIssue({ code: "custom", message: M.optionNotInScale });
    } else if (new Set(values).size !== values.length) {
      ctx.addIssue({ code: "custom", message: M.duplicateOption });
    } else if (item.exclusiveOption && values.includes(item.exclusiveOption) && values.length > 1) {
      ctx.addIssue({ code: "custom", message: M.exclusiveOption, params: { option: item.exclusiveOption } });
    }
  });
}

function numberSchema(item: NumberItem) {
  return z.number({ error: M.notWholeNumber }).superRefine((value, ctx) => {
    if (!Number.isInteger(value)) {
      ctx.addIssue({ code: "custom", message: M.notWholeNumber });
    } else if (value < item.min || value > item.max) {
      ctx.addIssue({ code: "custom", message: M.numberOutOfRange, params: { min: item.min, max: item.max } });
    }
  });
}

/** A string of at most `max` UTF-16 units, the unit the browser's `maxLength` counts. */
export function boundedTextSchema(max: number) {
  return z
    .string({ error: M.invalidType })
    .refine((text) => text.length <= max, { message: M.textTooLong, params: { max } });
}

/** The schema of one item's answer value (without the `other` text, see `answerEntrySchema`). */
export function answerValueSchema(item: Item): z.ZodType<AnswerValue, AnswerValue> {
  switch (item.kind) {
    case "status":
    case "adoption":
    case "budget":
      return optionSchema(SCALE_OPTIONS[item.kind]);
    case "single":
      return optionSchema(item.options);
    case "multi":
      return multiSchema(item);
    case "number":
      return numberSchema(item);
    case "text":
      return boundedTextSchema(item.maxLength);
  }
}

export function hasOtherOption(value: AnswerValue | null | undefined): boolean {
  return Array.isArray(value) && value.includes(OTHER_OPTION);
}

/** The `other` text is kept only with the `other` option, trimmed; otherwise it is dropped. */
export function normaliseOtherText(value: AnswerValue | null, otherText: string | null | undefined): string | null {
  return hasOtherOption(value) ? (otherText?.trim() ?? null) : null;
}

export const otherTextInputSchema = z.string({ error: M.invalidType }).nullish();

/** Ticking `other` requires a short text saying what it is. */
function checkOtherText(value: AnswerValue, otherText: string | null | undefined, ctx: z.RefinementCtx): void {
  if (!hasOtherOption(value)) return;
  const text = otherText?.trim() ?? "";
  if (text === "") {
    ctx.addIssue({ code: "custom", message: M.otherTextRequired, path: ["otherText"] });
  } else if (text.length > OTHER_TEXT_MAX_LENGTH) {
    ctx.addIssue({ code: "custom", message: M.textTooLong, path: ["otherText"], params: { max: OTHER_TEXT_MAX_LENGTH } });
  }
}

export type AnswerEntryInput = { value: AnswerValue; otherText?: string | null };
export type AnswerEntryOutput = { value: AnswerValue; otherText: string | null };

const entrySchemas = new Map<string, z.ZodType<AnswerEntryOutput, AnswerEntryInput>>();

/** One item's full answer: its value, plus the `other` text when `other` is ticked. */
export function answerEntrySchema(item: Item): z.ZodType<AnswerEntryOutput, AnswerEntryInput> {
  const cached = entrySchemas.get(item.id);
  if (cached) return cached;
  const schema = z
    .object({ value: answerValueSchema(item), otherText: otherTextInputSchema })
    .superRefine((entry, ctx) => checkOtherText(entry.value, entry.otherText, ctx))
    .transform((entry) => ({ value: entry.value, otherText: normaliseOtherText(entry.value, entry.otherText) }));
  entrySchemas.set(item.id, schema);
  return schema;
}

/** Any stored answer shape; the item-specific check comes after the item is known. */
export const anyAnswerValueSchema = z.union([z.string(), z.array(z.string()), z.number()], {
  error: M.invalidType,
});
