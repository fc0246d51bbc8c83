import { getTranslations } from "next-intl/server";
import { getCitationDisplay } from "@/components/results/citation-display";
import { cohortCitationText } from "@/lib/benchmarks/citations";
import type { Dataset } from "@/lib/benchmarks/dataset-schema";
import { nNoteText, unavailableText } from "@/lib/benchmarks/statement-text";

/**
 * The cohorts new submissions are compared with: name, region, year, n (or "n not published"), version and
 * the study's citation in the page's language (the datasets' working notes stay on the dataset pages).
 */
export async function CohortTable({ datasets }: { datasets: readonly Dataset[] }) {
  const [t, display] = await Promise.all([getTranslations("methodology"), getCitationDisplay()]);
  const locale = display.locale;
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="w-full min-w-[640px] text-left text-sm" data-testid="methodology-cohorts">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">{t("cohorts.name")}</th>
            <th scope="col" className="py-2 pr-3">{t("cohorts.year")}</th>
            <th scope="col" className="py-2 pr-3">{t("cohorts.n")}</th>
            <th scope="col" className="py-2 pr-3">{t("cohorts.version")}</th>
            <th scope="col" className="py-2">{t("cohorts.source")}</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((dataset) => {
            const nNote = nNoteText({ ...dataset, datasetId: dataset.id }, locale);
            const gap = unavailableText({ ...dataset, cohort: { datasetId: dataset.id }, unavailable: dataset.unavailable ?? null }, locale);
            return (
              <tr key={dataset.id} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">{dataset.name[locale]}</th>
                <td className="py-2 pr-3">{dataset.surveyYear}</td>
                <td className="py-2 pr-3">
                  {dataset.n === null ? t("cohorts.nNotPublished") : dataset.n}
                  {nNote ? <span className="block text-xs text-slate-600">{nNote}</span> : null}
                </td>
                <td className="py-2 pr-3">{dataset.datasetVersion}</td>
                <td className="py-2 text-xs">
                  {cohortCitationText(dataset, display)}
                  {gap && <span className="mt-1 block text-slate-600">{t("cohorts.unavailable", { text: gap })}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
