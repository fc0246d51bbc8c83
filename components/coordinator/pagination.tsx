import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { toSearchParams, type SubmissionFilters } from "@/lib/coordinator/submission-filters";

export async function Pagination({ filters, page, pageCount, basePath }: { filters: SubmissionFilters; page: number; pageCount: number; basePath: string }) {
  if (pageCount <= 1) return null;
  const [t, tc] = await Promise.all([getTranslations("coordinator.overview"), getTranslations("common")]);
  const hrefFor = (target: number) => {
    const query = toSearchParams(filters, { page: target }).toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const link = "rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className={link} rel="prev">
          {tc("previous")}
        </Link>
      )}
      <span aria-current="page">{t("page", { page, pageCount })}</span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className={link} rel="next">
          {tc("next")}
        </Link>
      )}
    </nav>
  );
}
