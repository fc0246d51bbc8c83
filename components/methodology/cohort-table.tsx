import { getLocale, getTranslations } from "next-intl/server";
import type { Dataset } from "@/lib/benchmarks/dataset-schema";
import type { Locale } from "@/lib/i18n/locales";

/** The cohorts new submissions are compared with: name, region, year, n (or "n not published"), version, source. */
export async function CohortTable({ datasets }: { datasets: readonly Dataset[] }) {
  const [t, locale] = await Promise.all([getTranslations("methodology"), getLocale()]);
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
          {datasets.map((dataset) => (
            <tr key={dataset.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-3 font-medium">{dataset.name[locale as Locale] ?? dataset.name.en}</th>
              <td className="py-2 pr-3">{dataset.surveyYear}</td>
              <td className="py-2 pr-3">
                {dataset.n === null ? t("cohorts.nNotPublished") : dataset.n}
                {dataset.nNote ? <span className="block text-xs text-slate-600">{dataset.nNote}</span> : null}
              </td>
              <td className="py-2 pr-3">{dataset.datasetVersion}</td>
              <td className="py-2 text-xs">
                {dataset.source}
                {dataset.unavailable && <span className="mt-1 block text-slate-600">{t("cohorts.unavailable", { text: dataset.unavailable })}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
