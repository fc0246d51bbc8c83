import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { toSearchParams, type SubmissionFilters } from "@/lib/coordinator/submission-filters";

/** Download links for the current filtered list (all pages) and the codebook describing its columns. */
export async function ExportLinks({ filters }: { filters?: Partial<SubmissionFilters> }) {
  const t = await getTranslations("coordinator.export");
  const base = filters ? toSearchParams({ ...filters, page: 1 }) : new URLSearchParams();
  const href = (format: "csv" | "json") => {
    const params = new URLSearchParams(base);
    params.set("format", format);
    return `/api/exports/assessments?${params.toString()}`;
  };
  return (
    <div className="flex flex-wrap gap-2" aria-label={t("title")} role="group">
      <a href={href("csv")} download className={buttonClasses("secondary")} data-testid="export-csv">
        {t("csv")}
      </a>
      <a href={href("json")} download className={buttonClasses("secondary")} data-testid="export-json">
        {t("json")}
      </a>
      <a href="/api/exports/codebook" download className={buttonClasses("ghost")} data-testid="export-codebook">
        {t("codebook")}
      </a>
    </div>
  );
}
