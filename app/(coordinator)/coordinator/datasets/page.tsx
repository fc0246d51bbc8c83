import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FreezeCohortForm } from "@/components/study/freeze-cohort-form";
import { buttonClasses } from "@/components/ui/button";
import { REGIONS } from "@/lib/admin/schemas";
import { requireUser } from "@/lib/session/guards";
import { listDatasetVersions, type DatasetVersionSummary } from "@/lib/data/datasets";

export async function generateMetadata() {
  const t = await getTranslations("benchmarks");
  return { title: t("datasets.title") };
}

/** Every version of every benchmark dataset: status, publication, who imported it, which one is in use. */
export default async function DatasetsPage() {
  const user = await requireUser({ permission: "dataset:import" });
  const [t, format] = await Promise.all([getTranslations("benchmarks"), getFormatter()]);
  const versions = (await listDatasetVersions(user)) ?? [];
  const byDataset = new Map<string, DatasetVersionSummary[]>();
  for (const version of versions) byDataset.set(version.datasetId, [...(byDataset.get(version.datasetId) ?? []), version]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("datasets.title")}</h1>
        <Link href="/coordinator/datasets/import" className={buttonClasses("primary")}>
          {t("datasets.importNew")}
        </Link>
      </div>
      <p className="text-sm text-slate-700">{t("datasets.intro")}</p>
      <FreezeCohortForm regions={REGIONS} defaultRound={new Date().getUTCFullYear()} />
      {[...byDataset.entries()].map(([datasetId, rows]) => (
        <section key={datasetId} aria-labelledby={`dataset-${datasetId}`} className="space-y-2">
          <h2 id={`dataset-${datasetId}`} className="text-lg font-semibold">{datasetId}</h2>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={datasetId}>
            <table className="w-full min-w-[600px] text-left text-sm" data-testid={`dataset-versions-${datasetId}`}>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{t("datasets.version")}</th>
                  <th scope="col" className="py-2 pr-3">{t("datasets.status")}</th>
                  <th scope="col" className="py-2 pr-3">{t("datasets.publishedAt")}</th>
                  <th scope="col" className="py-2 pr-3">{t("datasets.importedBy")}</th>
                  <th scope="col" className="py-2"><span className="sr-only">{t("datasets.actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100" data-testid={`dataset-version-${datasetId}-${row.version}`}>
                    <th scope="row" className="py-2 pr-3 font-medium">{row.version}</th>
                    <td className="py-2 pr-3">
                      {t(`datasets.statuses.${row.status}`)}
                      {row.isInUse && <span className="ml-2 rounded bg-green-50 px-2 py-0.5 text-xs text-green-900">{t("datasets.inUse")}</span>}
                    </td>
                    <td className="py-2 pr-3">{row.publishedAt ? format.dateTime(row.publishedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}</td>
                    <td className="py-2 pr-3">{row.importedBy ?? t("datasets.builtIn")}</td>
                    <td className="py-2">
                      <Link href={`/coordinator/datasets/${row.id}`} className="text-brand-700 underline">
                        {row.status === "DRAFT" ? t("datasets.previewAndPublish") : t("datasets.view")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
