import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getItemGuidance, isFromStudy } from "@/lib/questionnaire/guidance";
import { SCALE_OPTIONS, type ScaleKind } from "@/lib/questionnaire/scales";
import type { Item, Section } from "@/lib/questionnaire/types";
import { guidanceKeys, instrumentKeys } from "@/lib/i18n/keys";

type Guided = Item & { kind: ScaleKind };

function isGuided(item: Item): item is Guided {
  return item.kind === "status" || item.kind === "adoption" || item.kind === "budget";
}

/**
 * "What do the answers mean?" under an item: each answer's meaning and, for scored items, an example of
 * the item at its best, with where the wording comes from. A native disclosure (<details>): it opens with
 * the keyboard and works before and without JavaScript; its text is rendered on the server, so it adds
 * nothing to the page's scripts.
 */
export async function ItemGuidance({ item }: { item: Guided }) {
  const [t, tInstrument] = await Promise.all([getTranslations("guidance"), getTranslations("instrument")]);
  const guidance = item.kind === "budget" ? undefined : getItemGuidance(item);
  const options = SCALE_OPTIONS[item.kind];
  const answerLabel = (option: string) => tInstrument(instrumentKeys.scaleOption(item.kind, option));
  return (
    <details className="mt-3 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm" data-testid={`guidance-${item.id}`}>
      <summary className="cursor-pointer font-medium text-brand-700 underline-offset-4 hover:underline">{t("summary")}</summary>
      <dl className="mt-2 space-y-2">
        {options.map((option) => (
          <div key={option}>
            <dt className="font-medium text-slate-900">{answerLabel(option)}</dt>
            <dd className="text-slate-700">{t(guidanceKeys.scaleOption(item.kind, option))}</dd>
          </div>
        ))}
      </dl>
      {guidance && (
        <p className="mt-3 text-slate-800">
          <span className="font-medium">{t("example", { answer: answerLabel(options[0]) })}</span>:{" "}
          {t(guidanceKeys.itemExample(item.id))}
        </p>
      )}
      <p className="mt-2 text-xs text-slate-600">
        {guidance && `${isFromStudy(guidance) ? t("sourceStudy") : t("sourceOurs")} `}
        {t("scaleSource")}
      </p>
    </details>
  );
}

/** The guidance of a section's items, keyed by item id, with any other note of the item after it. */
export function withGuidance(section: Section, notes: Partial<Record<string, ReactNode>> = {}): Record<string, ReactNode> {
  const merged: Record<string, ReactNode> = {};
  for (const item of section.items) {
    const guidance = isGuided(item) ? <ItemGuidance item={item} /> : null;
    const note = notes[item.id];
    if (guidance || note) merged[item.id] = (<>{guidance}{note}</>);
  }
  return merged;
}
