import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { FilterField, FilterForm, FilterSelect, ListHeader, ListTable, fieldClass } from "@/components/admin/list-page";
import { countryName } from "@/lib/i18n/country-codes";
import { agencyFilterSchema } from "@/lib/admin/schemas";
import { REGIONS } from "@/lib/enums";
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
      <ListHeader title={t("title")} action={{ href: "/admin/agencies/new", label: t("new") }} />
      <FilterForm clearHref="/admin/agencies">
        <FilterField label={list("search")}>
          <input name="q" defaultValue={filter.q ?? ""} placeholder={t("searchHint")} className={fieldClass} />
        </FilterField>
        <FilterSelect name="region" label={t("region")} value={filter.region} options={REGIONS.map((region) => ({ value: region, label: common(`regions.${region}`) }))} />
      </FilterForm>
      <ListTable
        total={total}
        isEmpty={rows.length === 0}
        empty={t("empty")}
        testId="agencies-table"
        minWidth="min-w-[40rem]"
        columns={[t("name"), t("country"), t("region"), t("users"), list("status"), list("actions")]}
      >
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
      </ListTable>
      <Pagination basePath="/admin/agencies" params={{ q: filter.q, region: filter.region }} page={page} pageCount={pageCount} />
    </section>
  );
}
