import { getTranslations } from "next-intl/server";
import type { Answers } from "@/lib/questionnaire/types";
import { OTHER_OPTION } from "@/lib/questionnaire/scales";
import type { ItemStrings, ItemView } from "./types";

function answerText(item: ItemView, answers: Answers, strings: ItemStrings, notAnswered: string): string {
  const entry = answers[item.id];
  if (!entry) return notAnswered;
  const labelOf = (value: string) =>
    value === OTHER_OPTION ? `${strings.other}: ${entry.otherText ?? ""}` : (item.options.find((option) => option.value === value)?.label ?? value);
  if (Array.isArray(entry.value)) return entry.value.map(labelOf).join("; ");
  if (typeof entry.value === "number") return String(entry.value);
  return item.options.length > 0 ? labelOf(entry.value) : entry.value;
}

/** A section's answers as text, for an assessment that can no longer be changed. */
export async function ReadOnlyAnswers({
  items,
  answers,
  comment,
  strings,
  itemNotes,
}: {
  items: ItemView[];
  answers: Answers;
  comment?: string;
  strings: ItemStrings;
  /** Rendered beside each item, keyed by item id (the coordinator's review comments). */
  itemNotes?: Partial<Record<string, React.ReactNode>>;
}) {
  const t = await getTranslations("questionnaire.section");
  return (
    <dl className="space-y-4" data-testid="read-only-answers">
      {items.map((item) => (
        <div key={item.id} id={`item-${item.id}`} className="rounded-md border border-slate-200 bg-white p-3">
          <dt className="font-medium">{item.label}</dt>
          <dd className="mt-1 text-slate-800" data-testid={`answer-${item.id}`}>
            {answerText(item, answers, strings, t("notAnswered"))}
          </dd>
          {itemNotes?.[item.id]}
        </div>
      ))}
      {comment && (
        <div className="rounded-md border border-slate-200 bg-white p-3">
          <dt className="font-medium">{t("commentLabel")}</dt>
          <dd className="mt-1 whitespace-pre-wrap text-slate-800">{comment}</dd>
        </div>
      )}
    </dl>
  );
}
