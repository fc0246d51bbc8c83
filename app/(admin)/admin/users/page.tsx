import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { FilterField, FilterForm, FilterSelect, ListHeader, ListTable, fieldClass } from "@/components/admin/list-page";
import { userFilterSchema } from "@/lib/admin/schemas";
import { requireRole } from "@/lib/session/guards";
import { ROLES } from "@/lib/auth/roles";
import { listAgencyOptions, listUsers } from "@/lib/data/admin";
import { pageData } from "@/lib/http/page-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("ADMIN");
  const filter = userFilterSchema.parse(await searchParams);
  const [t, list, common, agencies, result] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("admin.list"),
    getTranslations("common"),
    listAgencyOptions(user, filter.agencyId),
    listUsers(user, filter),
  ]);
  const { rows, total, page, pageCount } = pageData(result);
  return (
    <section>
      <ListHeader title={t("title")} action={{ href: "/admin/users/new", label: t("invite") }} />
      <FilterForm clearHref="/admin/users">
        <FilterField label={list("search")}>
          <input name="q" defaultValue={filter.q ?? ""} placeholder={t("searchHint")} className={fieldClass} />
        </FilterField>
        <FilterSelect name="role" label={t("role")} value={filter.role} options={ROLES.map((role) => ({ value: role, label: common(`roles.${role}`) }))} />
        <FilterSelect
          name="agencyId"
          label={t("agency")}
          value={filter.agencyId}
          options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
          className="max-w-[16rem]"
        />
        <FilterSelect
          name="status"
          label={list("status")}
          value={filter.status}
          options={[{ value: "active", label: list("active") }, { value: "inactive", label: list("inactive") }]}
        />
      </FilterForm>
      <ListTable
        total={total}
        isEmpty={rows.length === 0}
        empty={t("empty")}
        testId="users-table"
        minWidth="min-w-[44rem]"
        columns={[t("name"), t("email"), t("role"), t("agency"), list("status"), list("actions")]}
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-200" data-testid={`user-row-${row.email}`}>
            <td className="py-2 pr-3">
              {row.name}
              {row.id === user.id && <span className="text-slate-500"> ({t("you")})</span>}
            </td>
            <td className="py-2 pr-3">{row.email}</td>
            <td className="py-2 pr-3">{common(`roles.${row.role}`)}</td>
            <td className="py-2 pr-3">{row.agencyName ?? "—"}</td>
            <td className="py-2 pr-3">
              {row.active ? list("active") : list("inactive")}
              {row.active && row.isPending && <span className="block text-xs text-amber-800">{t("pending")}</span>}
              {row.active && row.mustResetPassword && <span className="block text-xs text-amber-800">{t("mustReset")}</span>}
            </td>
            <td className="py-2">
              <Link href={`/admin/users/${row.id}`} className="text-brand-700 underline">
                {list("edit")}<span className="sr-only"> {row.email}</span>
              </Link>
            </td>
          </tr>
        ))}
      </ListTable>
      <Pagination
        basePath="/admin/users"
        params={{ q: filter.q, role: filter.role, agencyId: filter.agencyId, status: filter.status }}
        page={page}
        pageCount={pageCount}
      />
    </section>
  );
}
