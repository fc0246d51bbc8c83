"use client";

import { OTHER_OPTION } from "@/lib/questionnaire/scales";
import { describedBy, FieldError, HelpText, itemDomIds, QuestionText } from "./field-parts";
import type { ItemStrings, ItemView } from "./types";
import { answerPaths } from "./answer-paths";
import { useField } from "./section-store";

type Props = { item: ItemView; strings: ItemStrings; error?: string; otherError?: string; readOnly?: boolean };

/** Tick all that apply: a checkbox group, with a short text when "other" is ticked. */
export function MultiItem({ item, strings, error, otherError, readOnly }: Props) {
  const paths = answerPaths(item.id);
  const [selected, setSelected] = useField(paths.value);
  const [otherText, setOtherText] = useField(paths.otherText);
  const ticked: unknown[] = Array.isArray(selected) ? selected : [];
  const isOtherTicked = ticked.includes(OTHER_OPTION);
  const ids = itemDomIds(item.id);
  const options = item.allowOther ? [...item.options, { value: OTHER_OPTION, label: strings.other }] : item.options;
  const otherId = `${ids.root}-other`;
  const otherErrorId = `${otherId}-error`;
  // The ticked options in the order they are listed, whatever the order they were ticked in.
  const toggle = (value: string, isTicked: boolean) =>
    setSelected(options.map((option) => option.value).filter((candidate) => (candidate === value ? isTicked : ticked.includes(candidate))));
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
            <input
              type="checkbox"
              name={paths.value}
              value={option.value}
              checked={ticked.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              disabled={readOnly}
              className="size-4 accent-brand-600"
            />
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
            name={paths.otherText}
            value={typeof otherText === "string" ? otherText : ""}
            onChange={(event) => setOtherText(event.target.value)}
          />
          <FieldError itemId={item.id} id={otherErrorId} message={otherError} />
        </div>
      )}
      <FieldError itemId={item.id} message={error} />
    </fieldset>
  );
}

