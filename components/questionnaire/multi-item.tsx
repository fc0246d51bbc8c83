"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { OTHER_OPTION } from "@/lib/questionnaire/scales";
import type { SectionFormValues } from "@/lib/questionnaire/schemas";
import { describedBy, FieldError, HelpText, itemDomIds, QuestionText } from "./field-parts";
import type { ItemStrings, ItemView } from "./types";
import { answerPaths } from "./answer-paths";

type Props = { item: ItemView; strings: ItemStrings; error?: string; otherError?: string; readOnly?: boolean };

/** Tick all that apply: a checkbox group, with a short text when "other" is ticked. */
export function MultiItem({ item, strings, error, otherError, readOnly }: Props) {
  const { register, control } = useFormContext<SectionFormValues>();
  const path = answerPaths(item.id).value;
  const selected = useWatch({ control, name: path }) as unknown;
  const isOtherTicked = Array.isArray(selected) && selected.includes(OTHER_OPTION);
  const ids = itemDomIds(item.id);
  const options = item.allowOther ? [...item.options, { value: OTHER_OPTION, label: strings.other }] : item.options;
  const otherId = `${ids.root}-other`;
  const otherErrorId = `${otherId}-error`;
  return (
    <fieldset id={ids.root} data-item-id={item.id} aria-describedby={describedBy(item.id, item.help, error)} aria-invalid={error ? true : undefined} className="scroll-mt-24">
      <legend className="text-base">
        <QuestionText item={item} />
      </legend>
      <p className="mt-1 text-sm text-slate-600">{strings.tickAllThatApply}</p>
      <HelpText item={item} />
      <div className="mt-3 grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50"
          >
            <input type="checkbox" value={option.value} disabled={readOnly} className="size-4 accent-brand-600" {...register(path)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {isOtherTicked && (
        <div className="mt-3">
          <label htmlFor={otherId} className="block text-sm font-medium text-slate-800">
            {strings.other}
          </label>
          <input
            id={otherId}
            type="text"
            maxLength={200}
            placeholder={strings.otherPlaceholder}
            readOnly={readOnly}
            aria-invalid={otherError ? true : undefined}
            aria-describedby={otherError ? otherErrorId : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base aria-invalid:border-red-600"
            {...register(answerPaths(item.id).otherText)}
          />
          <FieldError itemId={item.id} id={otherErrorId} message={otherError} />
        </div>
      )}
      <FieldError itemId={item.id} message={error} />
    </fieldset>
  );
}

