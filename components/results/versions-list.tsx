import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/format/get-format";
import type { ScoreSnapshotView } from "@/lib/data/snapshots";

/** The versions the results were computed with (methodology §7): they never change silently. */
export async function VersionsList({ snapshot }: { snapshot: ScoreSnapshotView }) {
  const [t, format] = await Promise.all([getTranslations("results"), getFormat()]);
  return (
    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" data-testid="versions">
      <dt className="text-slate-600">{t("versions.instrument")}</dt>
      <dd data-testid="version-instrument">{snapshot.instrumentVersion}</dd>
      <dt className="text-slate-600">{t("versions.scoringModel")}</dt>
      <dd data-testid="version-scoring-model">{snapshot.scoringModelVersion}</dd>
      {Object.entries(snapshot.datasetVersions).map(([datasetId, version]) => (
        <div key={datasetId} className="contents">
          <dt className="text-slate-600">{t("versions.dataset", { datasetId })}</dt>
          <dd data-testid={`version-dataset-${datasetId}`}>{version}</dd>
        </div>
      ))}
      <dt className="text-slate-600">{t("versions.computedAt")}</dt>
      <dd>{format.date(snapshot.createdAt)}</dd>
    </dl>
  );
}
