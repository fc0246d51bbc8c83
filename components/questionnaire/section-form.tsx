"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState } from "react";
import { FormProvider, useForm, type FieldErrors } from "react-hook-form";
import { saveAnswerAction, saveSectionCommentAction } from "@/lib/actions/assessments";
import {
  COMMENT_MAX_LENGTH,
  saveAnswerSchema,
  sectionCommentSchema,
  sectionFormSchema,
  type SectionFormEntry,
  type SectionFormValues,
} from "@/lib/questionnaire/schemas";
import type { SectionId } from "@/lib/questionnaire/types";
import { AutosaveStatus } from "./autosave-status";
import { ItemField } from "./item-field";
import type { ItemStrings, ItemView } from "./types";
import { useAutosave } from "./use-autosave";
import { useLeaveGuard } from "./use-leave-guard";

type Props = {
  assessmentId: string;
  sectionId: SectionId;
  items: ItemView[];
  defaultValues: SectionFormValues;
  strings: ItemStrings;
  /** Rendered beside each item, keyed by item id (the coordinator's review comments). */
  itemNotes?: Partial<Record<string, React.ReactNode>>;
};

const COMMENT_KEY = "comment";

/** What the save action receives for one item: empty controls clear the answer; numbers are numbers. */
function toSaveInput(item: ItemView, entry: SectionFormEntry | undefined) {
  let value = entry?.value ?? null;
  if (value === "" || (Array.isArray(value) && value.length === 0)) value = null;
  if (item.kind === "number" && typeof value === "string") value = Number(value);
  return { value, otherText: entry?.otherText ?? null };
}

function errorAt(errors: FieldErrors<SectionFormValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  return (node as { message?: string } | undefined)?.message;
}

/**
 * One section of the questionnaire. Every change is validated with the section's shared schema (the
 * errors shown under the fields) and, when the item's answer is valid, queued for autosave; an invalid
 * value is not sent, so the stored answer stays as it was until the respondent corrects it.
 */
export function SectionForm({ assessmentId, sectionId, items, defaultValues, strings, itemNotes }: Props) {
  const t = useTranslations("questionnaire");
  const form = useForm<SectionFormValues>({
    resolver: zodResolver(sectionFormSchema(sectionId)),
    defaultValues,
    mode: "onChange",
  });
  const autosave = useAutosave();
  const { queue, cancel } = autosave;
  const [invalidKeys, setInvalidKeys] = useState<ReadonlySet<string>>(new Set());
  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);

  const markInvalid = useCallback((key: string, isInvalid: boolean) => {
    setInvalidKeys((keys) => {
      if (keys.has(key) === isInvalid) return keys;
      const next = new Set(keys);
      if (isInvalid) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  const onFieldChange = useCallback(
    (name: string) => {
      if (name === COMMENT_KEY) {
        const input = { assessmentId, sectionId, comment: form.getValues("comment") ?? "" };
        const valid = sectionCommentSchema.safeParse(input).success;
        markInvalid(COMMENT_KEY, !valid);
        if (valid) queue(COMMENT_KEY, () => saveSectionCommentAction(input));
        else cancel(COMMENT_KEY);
        return;
      }
      const itemId = /^answers\.(.+)\.(value|otherText)$/.exec(name)?.[1];
      const item = itemId ? itemsById.get(itemId) : undefined;
      if (!item) return;
      const entry = form.getValues(`answers.${item.id}` as never) as SectionFormEntry | undefined;
      const input = { assessmentId, itemId: item.id, ...toSaveInput(item, entry) };
      const valid = saveAnswerSchema.safeParse(input).success;
      markInvalid(item.id, !valid);
      if (valid) queue(item.id, () => saveAnswerAction(input));
      else cancel(item.id);
    },
    [assessmentId, sectionId, form, itemsById, markInvalid, queue, cancel],
  );

  useEffect(() => {
    // The callback form of watch() subscribes without re-rendering the form on every keystroke.
    // eslint-disable-next-line react-hooks/incompatible-library
    const subscription = form.watch((_values, { name }) => {
      if (name) onFieldChange(name);
    });
    return () => subscription.unsubscribe();
  }, [form, onFieldChange]);

  const hasUnsaved = useCallback(() => autosave.hasUnsaved() || invalidKeys.size > 0, [autosave, invalidKeys]);
  useLeaveGuard(hasUnsaved, autosave.flushAll, t("autosave.leaveWarning"));

  const { errors } = form.formState;
  const commentError = errors.comment?.message;
  return (
    <FormProvider {...form}>
      <div className="sticky top-0 z-10 -mx-4 mb-4 border-b border-slate-200 bg-slate-50/95 px-4 py-2">
        <AutosaveStatus state={autosave.state} hasInvalid={invalidKeys.size > 0} />
      </div>
      <form noValidate onSubmit={(event) => event.preventDefault()} className="space-y-8">
        {items.map((item) => (
          <div key={item.id}>
            <ItemField
              item={item}
              strings={strings}
              error={errorAt(errors, `answers.${item.id}.value`)}
              otherError={errorAt(errors, `answers.${item.id}.otherText`)}
            />
            {itemNotes?.[item.id]}
          </div>
        ))}
        <div>
          <label htmlFor="section-comment" className="block text-base font-medium">
            {t("section.commentLabel")}
          </label>
          <p id="section-comment-hint" className="mt-1 text-sm text-slate-600">
            {t("section.commentHint", { max: COMMENT_MAX_LENGTH })}
          </p>
          <textarea
            id="section-comment"
            rows={3}
            maxLength={COMMENT_MAX_LENGTH}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={["section-comment-hint", commentError && "section-comment-error"].filter(Boolean).join(" ")}
            className="mt-2 block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
            {...form.register("comment")}
          />
          {commentError && (
            <p id="section-comment-error" className="mt-2 text-sm font-medium text-red-800">
              {t(commentError as never)}
            </p>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
