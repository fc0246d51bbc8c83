"use client";

import { useTranslations } from "@/lib/i18n/client";
import { FieldError, HelpText, itemDomIds, QuestionText } from "./field-parts";
import type { ItemView } from "./types";
import { answerPaths } from "./answer-paths";
import { useField } from "./section-store";

/** Free text, with the characters left. */
export function TextItem({ item, error, readOnly }: { item: ItemView; error?: string; readOnly?: boolean }) {
  const t = useTranslations("questionnaire.section");
  const path = answerPaths(item.id).value;
  const [value, setValue] = useField(path);
  const ids = itemDomIds(item.id);
  const max = item.maxLength ?? 0;
  const left = max - (typeof value === "string" ? value.length : 0);
  const counterId = `${ids.root}-counter`;
  return (
    <div id={ids.root} data-item-id={item.id} className="scroll-mt-24">
      <label htmlFor={ids.control} className="block text-base">
        <QuestionText item={item} />
      </label>
      <HelpText item={item} />
      <textarea
        id={ids.control}
        rows={4}
        maxLength={max}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={[item.help && ids.help, counterId, error && ids.error].filter(Boolean).join(" ")}
        className="mt-2 block w-full rounded-md border border-slate-300 px-3 py-2 text-base aria-invalid:border-red-600"
        name={path}
        value={typeof value === "string" ? value : ""}
        onChange={(event) => setValue(event.target.value)}
      />
      <p id={counterId} className="mt-1 text-xs text-slate-600">
        {t("charactersLeft", { count: left })}
      </p>
      <FieldError itemId={item.id} message={error} />
    </div>
  );
}
