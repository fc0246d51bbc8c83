import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/admin/pagination";
import { buttonClasses } from "@/components/ui/button";
import { countryName } from "@/lib/admin/country-codes";
import { agencyFilterSchema, REGIONS } from "@/lib/admin/schemas";
import { requireRole } from "@/lib/session/guards";
import { listAgencies } from "@/lib/data/admin";
import { pageData } from "@/lib/http/page-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.agencies"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AgenciesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("ADMIN");
  const filter = agencyFilterSchema.parse(await searchParams);
  const [t, list, common, locale, result] = await Promise.all([
    getTranslations("admin.agencies"),
    getTranslations("admin.list"),
    getTranslations("common"),
    getLocale(),
    listAgencies(user, filter),
  ]);
  const { rows, total, page, pageCount } = pageData(result);
  return (
    <section>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/agencies/new" className={buttonClasses("primary")}>
          {t("new")}
        </Link>
      </div>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search">
        <label className="text-sm">
          <span className="block font-medium">{list("search")}</span>
          <input name="q" defaultValue={filter.q ?? ""} placeholder={t("searchHint")} className="mt-1 rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("region")}</span>
          <select name="region" defaultValue={filter.region ?? ""} className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2">
            <option value="">{list("all")}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {common(`regions.${region}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClasses("secondary")}>
          {list("filter")}
        </button>
        <Link href="/admin/agencies" className="text-sm text-brand-700 underline">
          {list("clear")}
        </Link>
      </form>
      <p className="mt-4 text-sm text-slate-600" role="status">
        {list("results", { total })}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4 text-slate-700">{t("empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-left text-sm" data-testid="agencies-table">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("name")}</th>
                <th scope="col" className="py-2 pr-3">{t("country")}</th>
                <th scope="col" className="py-2 pr-3">{t("region")}</th>
                <th scope="col" className="py-2 pr-3">{t("users")}</th>
                <th scope="col" className="py-2 pr-3">{list("status")}</th>
                <th scope="col" className="py-2">{list("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((agency) => (
                <tr key={agency.id} className="border-b border-slate-200">
                  <td className="py-2 pr-3">{agency.name}</td>
                  <td className="py-2 pr-3">{countryName(agency.countryCode, locale)} ({agency.countryCode})</td>
                  <td className="py-2 pr-3">{common(`regions.${agency.region}`)}</td>
                  <td className="py-2 pr-3">{agency.userCount}</td>
                  <td className="py-2 pr-3">{agency.active ? list("active") : list("inactive")}</td>
                  <td className="py-2">
                    <Link href={`/admin/agencies/${agency.id}`} className="text-brand-700 underline">
                      {list("edit")}<span className="sr-only"> {agency.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/admin/agencies" params={{ q: filter.q, region: filter.region }} page={page} pageCount={pageCount} />
    </section>
  );
}
