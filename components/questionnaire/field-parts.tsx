"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import type { ItemView } from "./types";

/** DOM ids of an item's parts (the review page links to `#item-<id>`). */
export function itemDomIds(itemId: string) {
  const base = `item-${itemId}`;
  return { root: base, help: `${base}-help`, error: `${base}-error`, control: `${base}-input` };
}

export function describedBy(itemId: string, help: string | undefined, error: string | undefined): string | undefined {
  const ids = itemDomIds(itemId);
  return [help && ids.help, error && ids.error].filter(Boolean).join(" ") || undefined;
}

/** The question's wording with its "required" or "optional" tag. */
export function QuestionText({ item }: { item: ItemView }) {
  const t = useTranslations("questionnaire.section");
  return (
    <>
      <span className="font-medium text-slate-900">{item.label}</span>{" "}
      <span className={`text-xs font-normal ${item.required ? "text-red-800" : "text-slate-600"}`}>
        ({item.required ? t("required") : t("optional")})
      </span>
    </>
  );
}

export function HelpText({ item }: { item: ItemView }) {
  if (!item.help) return null;
  return (
    <p id={itemDomIds(item.id).help} className="mt-1 text-sm text-slate-600">
      {item.help}
    </p>
  );
}

/** An error message key (validation.*) translated, tied to its control by id. */
export function FieldError({ itemId, message, id }: { itemId: string; message?: string; id?: string }) {
  const translateKey = useMessage();
  if (!message) return null;
  return (
    <p id={id ?? itemDomIds(itemId).error} className="mt-2 text-sm font-medium text-red-800">
      {translateKey(message)}
    </p>
  );
}
