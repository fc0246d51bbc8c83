import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { DatasetPreview } from "@/components/datasets/dataset-preview";
import { PublishControls } from "@/components/datasets/publish-controls";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/session/guards";
import { getDatasetVersion } from "@/lib/data/datasets";

/** Shared by the title and the page (one read); an unknown id is a 404 before the page streams. */
const loadVersion = cache(async (versionId: string) => {
  const user = await requireUser({ permission: "dataset:import" });
  const version = await getDatasetVersion(user, versionId);
  if (!version) notFound();
  return version;
});

export async function generateMetadata({ params }: { params: Promise<{ versionId: string }> }) {
  await loadVersion((await params).versionId);
  const t = await getTranslations("benchmarks");
  return { title: t("preview.title") };
}

/** A stored dataset version: the preview of a draft (with publish), or a published version, read-only. */
export default async function DatasetVersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ versionId: string }>;
  searchParams: Promise<{ published?: string }>;
}) {
  const [{ versionId }, { published }] = await Promise.all([params, searchParams]);
  const version = await loadVersion(versionId);
  const [t, format] = await Promise.all([getTranslations("benchmarks"), getFormatter()]);
  return (
    <div className="space-y-6">
      <Link href="/coordinator/datasets" className="text-sm text-brand-700 underline">{t("importPage.back")}</Link>
      <h1 className="text-2xl font-semibold">
        {t("preview.heading", { datasetId: version.datasetId, version: version.version })}
      </h1>
      <p className="text-sm" data-testid="dataset-status">
        {t(`datasets.statuses.${version.status}`)}
        {version.publishedAt && ` · ${t("preview.publishedOn", { date: format.dateTime(version.publishedAt, { dateStyle: "long", timeStyle: "short" }) })}`}
        {` · ${t("datasets.importedBy")}: ${version.importedBy ?? t("datasets.builtIn")}`}
      </p>
      {published === "1" && version.status === "PUBLISHED" && <Alert tone="success">{t("preview.publishedNotice")}</Alert>}
      {version.status === "DRAFT" ? (
        <>
          <Alert tone="info">{t("preview.draftNotice")}</Alert>
          <PublishControls versionId={version.id} />
        </>
      ) : (
        <p className="text-sm text-slate-700">{t("preview.readOnly")}</p>
      )}
      <DatasetPreview dataset={version.dataset} />
    </div>
  );
}
