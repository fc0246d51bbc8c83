"use client";

import { useTranslations } from "@/lib/i18n/client";
import { describedBy, FieldError, HelpText, itemDomIds, QuestionText } from "./field-parts";
import type { ItemView } from "./types";
import { answerPaths } from "./answer-paths";
import { useField } from "./section-store";

/** One option among a list (status, adoption and budget scales, single-choice items): a radio group. */
export function ChoiceItem({ item, error, readOnly }: { item: ItemView; error?: string; readOnly?: boolean }) {
  const t = useTranslations("questionnaire.section");
  const path = answerPaths(item.id).value;
  const [value, setValue] = useField(path);
  const ids = itemDomIds(item.id);
  return (
    <fieldset id={ids.root} data-item-id={item.id} aria-describedby={describedBy(item.id, item.help, error)} aria-invalid={error ? true : undefined} className="scroll-mt-24">
      <legend className="text-base">
        <QuestionText item={item} />
      </legend>
      <HelpText item={item} />
      <div className="mt-3 grid gap-2 sm:grid-cols-2">
        {item.options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-3 has-focus-visible:outline-brand-600"
          >
            <input
              type="radio"
              name={path}
              value={option.value}
              checked={value === option.value}
              onChange={() => setValue(option.value)}
              disabled={readOnly}
              className="size-4 accent-brand-600"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {!readOnly && typeof value === "string" && value !== "" && !item.required && (
        <button
          type="button"
          className="mt-2 text-sm text-brand-700 underline"
          onClick={() => setValue(null)}
        >
          {t("clearAnswer")}
        </button>
      )}
      <FieldError itemId={item.id} message={error} />
    </fieldset>
  );
}
