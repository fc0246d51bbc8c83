import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the current filters (plain links: works without JavaScript). */
export async function Pagination({ basePath, params, page, pageCount }: {
  basePath: string;
  params: Record<string, string | number | undefined>;
  page: number;
  pageCount: number;
}) {
  const [t, common] = await Promise.all([getTranslations("admin.list"), getTranslations("common")]);
  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...params, page: target })) {
      if (value !== undefined && String(value) !== "") query.set(key, String(value));
    }
    return `${basePath}?${query.toString()}`;
  };
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className="text-brand-700 underline" rel="prev">
          {common("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page, pageCount })}</span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className="text-brand-700 underline" rel="next">
          {common("next")}
        </Link>
      )}
    </nav>
  );
}
