import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Params = Record<string, string | number | undefined>;

/** The page's URL with the current filters kept (an empty value, and page 1, are left out). */
function hrefOf(basePath: string, params: Params, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, page: page === 1 ? undefined : page })) {
    if (value !== undefined && String(value) !== "") query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}

/** Previous / next links of every paged list (plain links: works without JavaScript). */
export async function Pagination({ basePath, params, page, pageCount }: { basePath: string; params: Params; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("common");
  const link = "rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={hrefOf(basePath, params, page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span aria-current="page">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount && (
        <Link href={hrefOf(basePath, params, page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
