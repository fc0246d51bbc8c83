import { z } from "zod";

import { answerEntrySchema, type AnswerEntryOutput } from "./answer-schemas";
import { commentSchema } from "./comment-schema";
import { crossFieldIssues } from "./cross-field";
import { isAnswered } from "./completion";
import { getSection } from "./lookup";
import type { AnswerEntry, AnswerValue, Answers, Item, Section, SectionId } from "./types";

/**
 * The form of one section. Field names are the item ids under `answers`, e.g.
 * `register("answers.strategy.national.value")`: react-hook-form reads the dots in an id as nesting,
 * so the values are `{ answers: { strategy: { national: { value, otherText } } }, comment }`.
 * In a draft every item is optional; what submission requires is completion.ts's job.
 */

/** What a form control holds: an empty control is `undefined`, `null`, `""`, `[]` or `NaN`. */
export type SectionFormEntry = { value?: AnswerValue | null | ""; otherText?: string | null };
export type SectionFormValues = {
  answers: Record<string, Record<string, SectionFormEntry | undefined>>;
  comment?: string;
};
export type SectionFormOutput = {
  answers: Record<string, Record<string, AnswerEntryOutput | undefined>>;
  comment?: string;
};

function isEmptyControl(value: SectionFormEntry["value"]): value is null | undefined | "" {
  return value === undefined || value === null || !isAnswered({ value });
}

/** Number inputs read without `valueAsNumber` give strings; "abc" becomes NaN and is rejected. */
function toEntryInput(item: Item, entry: unknown): unknown {
  if (typeof entry !== "object" || entry === null) return undefined;
  const { value, otherText } = entry as SectionFormEntry;
  if (isEmptyControl(value)) return undefined;
  const coerced = item.kind === "number" && typeof value === "string" ? Number(value) : value;
  return { value: coerced, otherText };
}

/** `strategy.national` → `national` (ids are `<section>.<name>`). */
function nameOf(section: Section, item: Item): string {
  return item.id.slice(section.id.length + 1);
}

function requireSection(sectionId: SectionId): Section {
  const section = getSection(sectionId);
  if (!section) throw new Error(`Unknown section: ${sectionId}`);
  return section;
}

function buildSectionFormSchema(section: Section): z.ZodType<SectionFormOutput, SectionFormValues> {
  const entries = Object.fromEntries(
    section.items.map((item) => [
      nameOf(section, item),
      z.preprocess((entry) => toEntryInput(item, entry), answerEntrySchema(item).optional()),
    ]),
  );
  // `z.preprocess` makes zod infer `unknown` inputs; the cast declares what the form controls hold.
  return z
    .object({ answers: z.object({ [section.id]: z.object(entries) }), comment: commentSchema.optional() })
    .superRefine((form, ctx) => {
      const values = form.answers[section.id] ?? {};
      const answers = Object.fromEntries(section.items.map((item) => [item.id, values[nameOf(section, item)]]));
      for (const issue of crossFieldIssues(answers as Answers)) {
        const item = section.items.find((candidate) => candidate.id === issue.itemId);
        if (item) ctx.addIssue({ code: "custom", message: issue.message, path: ["answers", section.id, nameOf(section, item), "value"] });
      }
    }) as z.ZodType<SectionFormOutput, SectionFormValues>;
}

const formSchemas = new Map<SectionId, z.ZodType<SectionFormOutput, SectionFormValues>>();

/** The schema of one section's form, cached so `zodResolver(sectionFormSchema(id))` is stable. */
export function sectionFormSchema(sectionId: SectionId): z.ZodType<SectionFormOutput, SectionFormValues> {
  const cached = formSchemas.get(sectionId);
  if (cached) return cached;
  const schema = buildSectionFormSchema(requireSection(sectionId));
  formSchemas.set(sectionId, schema);
  return schema;
}

/** The form's default values from the stored answers (unanswered multi items start as `[]`). */
export function toSectionFormValues(sectionId: SectionId, answers: Answers, comment?: string | null): SectionFormValues {
  const section = requireSection(sectionId);
  const entries = Object.fromEntries(
    section.items.map((item) => {
      const stored = answers[item.id];
      const empty = item.kind === "multi" ? [] : null;
      return [nameOf(section, item), { value: stored?.value ?? empty, otherText: stored?.otherText ?? "" }];
    }),
  );
  return { answers: { [section.id]: entries }, comment: comment ?? "" };
}

/** Every item of the section with its parsed entry, or `null` when the form leaves it unanswered. */
export function fromSectionFormValues(sectionId: SectionId, form: SectionFormOutput): Record<string, AnswerEntry | null> {
  const section = requireSection(sectionId);
  const values = form.answers[section.id] ?? {};
  return Object.fromEntries(section.items.map((item) => [item.id, values[nameOf(section, item)] ?? null]));
}
