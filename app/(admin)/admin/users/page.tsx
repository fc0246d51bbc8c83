import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/admin/pagination";
import { buttonClasses } from "@/components/ui/button";
import { userFilterSchema } from "@/lib/admin/schemas";
import { requireRole } from "@/lib/session/guards";
import { ROLES } from "@/lib/auth/roles";
import { listAgencyOptions, listUsers } from "@/lib/data/admin";
import { pageData } from "@/lib/http/page-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const selectClass = "mt-1 rounded-md border border-slate-300 bg-white px-3 py-2";

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
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/users/new" className={buttonClasses("primary")}>
          {t("invite")}
        </Link>
      </div>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search">
        <label className="text-sm">
          <span className="block font-medium">{list("search")}</span>
          <input name="q" defaultValue={filter.q ?? ""} placeholder={t("searchHint")} className="mt-1 rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("role")}</span>
          <select name="role" defaultValue={filter.role ?? ""} className={selectClass}>
            <option value="">{list("all")}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>{common(`roles.${role}`)}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("agency")}</span>
          <select name="agencyId" defaultValue={filter.agencyId ?? ""} className={`${selectClass} max-w-[16rem]`}>
            <option value="">{list("all")}</option>
            {agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>{agency.name}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{list("status")}</span>
          <select name="status" defaultValue={filter.status ?? ""} className={selectClass}>
            <option value="">{list("all")}</option>
            <option value="active">{list("active")}</option>
            <option value="inactive">{list("inactive")}</option>
          </select>
        </label>
        <button type="submit" className={buttonClasses("secondary")}>{list("filter")}</button>
        <Link href="/admin/users" className="text-sm text-brand-700 underline">{list("clear")}</Link>
      </form>
      <p className="mt-4 text-sm text-slate-600" role="status">{list("results", { total })}</p>
      {rows.length === 0 ? (
        <p className="mt-4 text-slate-700">{t("empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[44rem] border-collapse text-left text-sm" data-testid="users-table">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("name")}</th>
                <th scope="col" className="py-2 pr-3">{t("email")}</th>
                <th scope="col" className="py-2 pr-3">{t("role")}</th>
                <th scope="col" className="py-2 pr-3">{t("agency")}</th>
                <th scope="col" className="py-2 pr-3">{list("status")}</th>
                <th scope="col" className="py-2">{list("actions")}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        basePath="/admin/users"
        params={{ q: filter.q, role: filter.role, agencyId: filter.agencyId, status: filter.status }}
        page={page}
        pageCount={pageCount}
      />
    </section>
  );
}
