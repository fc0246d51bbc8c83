"use client";

import { useTranslations } from "@/lib/i18n/client";
import { FieldError, itemDomIds, QuestionText } from "./field-parts";
import type { ItemView } from "./types";
import { answerPaths } from "./answer-paths";
import { useField } from "./section-store";

/** A whole number within the item's range. */
export function NumberItem({ item, error, readOnly }: { item: ItemView; error?: string; readOnly?: boolean }) {
  const t = useTranslations("questionnaire.section");
  const path = answerPaths(item.id).value;
  // Kept as typed (a string): "abc" or "" are the validation's to judge, as the save route does.
  const [value, setValue] = useField(path);
  const ids = itemDomIds(item.id);
  const hintId = `${ids.root}-range`;
  return (
    <div id={ids.root} data-item-id={item.id} className="scroll-mt-24">
      <label htmlFor={ids.control} className="block text-base">
        <QuestionText item={item} />
      </label>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        {item.help ?? t("numberRange", { min: item.min ?? 0, max: item.max ?? 0 })}
      </p>
      <input
        id={ids.control}
        type="number"
        inputMode="numeric"
        step={1}
        min={item.min}
        max={item.max}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error && ids.error].filter(Boolean).join(" ")}
        className="mt-2 block w-32 rounded-md border border-slate-300 px-3 py-2 text-base aria-invalid:border-red-600"
        name={path}
        value={typeof value === "number" || typeof value === "string" ? value : ""}
        onChange={(event) => setValue(event.target.value)}
      />
      <FieldError itemId={item.id} message={error} />
    </div>
  );
}
