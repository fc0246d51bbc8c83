import { getTranslations } from "next-intl/server";
import { sections } from "@/lib/questionnaire/lookup";
import { asTranslate } from "@/components/results/labels";

/** Where each question comes from (provenance tag and note), section by section. */
export async function ProvenanceList() {
  const [t, tInstrument] = await Promise.all([getTranslations("methodology"), getTranslations("instrument")]);
  const ti = asTranslate(tInstrument);
  return (
    <div className="space-y-2">
      {sections.map((section) => (
        <details key={section.id} className="rounded border border-slate-200 bg-white px-3 py-2">
          <summary className="cursor-pointer font-medium">{ti(`sections.${section.id}.title`)}</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {section.items.map((item) => (
              <li key={item.id}>
                <span>{ti(`items.${item.id}.label`)}</span>{" "}
                <span className="rounded bg-slate-100 px-1 text-xs">{ti(`provenance.${item.provenance}`)}</span>
                {item.source && <span className="text-xs text-slate-600"> · {item.source}</span>}
                <span className="text-xs text-slate-500"> · {item.kind === "status" || item.kind === "adoption" ? t("provenance.scored") : t("provenance.notScored")}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
