import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DatasetImportForm } from "@/components/datasets/dataset-import-form";
import { requireUser } from "@/lib/session/guards";
import { BUILTIN_DATASET_IDS } from "@/lib/benchmarks/builtin";
import { CSV_COLUMNS } from "@/lib/benchmarks/csv-format";

export async function generateMetadata() {
  const t = await getTranslations("benchmarks");
  return { title: t("importPage.title") };
}

/** Import a new dataset version (JSON or CSV): validated row by row, then previewed before it is published. */
export default async function ImportDatasetPage() {
  await requireUser({ permission: "dataset:import" });
  const t = await getTranslations("benchmarks");
  return (
    <div className="space-y-6">
      <Link href="/coordinator/datasets" className="text-sm text-brand-700 underline">{t("importPage.back")}</Link>
      <h1 className="text-2xl font-semibold">{t("importPage.title")}</h1>
      <p className="text-sm text-slate-700">{t("importPage.intro")}</p>
      <section aria-labelledby="csv-format" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="csv-format" className="font-semibold">{t("importPage.csvHeading")}</h2>
        <p className="text-sm">{t("importPage.csvHeader")}</p>
        <pre tabIndex={0} className="overflow-x-auto rounded bg-slate-100 p-2 text-xs" data-testid="csv-header">{CSV_COLUMNS.join(",")}</pre>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>{t("importPage.ruleRecords")}</li>
          <li>{t("importPage.ruleShares")}</li>
          <li>{t("importPage.ruleSource")}</li>
          <li>{t("importPage.ruleVersion")}</li>
          <li>{t("importPage.ruleNoEstimate")}</li>
        </ul>
        <p className="text-sm">{t("importPage.templates")}</p>
        <ul className="flex flex-wrap gap-3 text-sm">
          <li><a href="/api/datasets/template" className="text-brand-700 underline" download>{t("importPage.headerOnly")}</a></li>
          {BUILTIN_DATASET_IDS.map((id) => (
            <li key={id}><a href={`/api/datasets/template?dataset=${id}`} className="text-brand-700 underline" download>{t("importPage.currentVersionOf", { datasetId: id })}</a></li>
          ))}
        </ul>
      </section>
      <DatasetImportForm />
    </div>
  );
}
