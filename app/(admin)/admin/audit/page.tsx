import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/admin/pagination";
import { buttonClasses } from "@/components/ui/button";
import { auditFilterSchema } from "@/lib/admin/schemas";
import { requireUser } from "@/lib/session/guards";
import { listAuditActions, listAuditEvents } from "@/lib/data/admin";
import { pageData } from "@/lib/http/page-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const inputClass = "mt-1 rounded-md border border-slate-300 bg-white px-3 py-2";

/** Read-only: no control on this page (or anywhere) edits or deletes an audit event. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser({ permission: "audit:view" });
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, list, actions, result] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("admin.list"),
    listAuditActions(user),
    listAuditEvents(user, filter),
  ]);
  const { rows, total, page, pageCount } = pageData(result);
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search">
        <label className="text-sm">
          <span className="block font-medium">{t("action")}</span>
          <input name="action" list="audit-actions" defaultValue={filter.action ?? ""} className={inputClass} />
          <datalist id="audit-actions">
            {actions.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("actor")}</span>
          <input name="actor" defaultValue={filter.actor ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("entity")}</span>
          <input name="entity" defaultValue={filter.entity ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("from")}</span>
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("to")}</span>
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={inputClass} />
        </label>
        <button type="submit" className={buttonClasses("secondary")}>{list("filter")}</button>
        <Link href="/admin/audit" className="text-sm text-brand-700 underline">{list("clear")}</Link>
      </form>
      <p className="mt-4 text-sm text-slate-600" role="status">{list("results", { total })}</p>
      {rows.length === 0 ? (
        <p className="mt-4 text-slate-700">{t("empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-left text-sm" data-testid="audit-table">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("when")}</th>
                <th scope="col" className="py-2 pr-3">{t("action")}</th>
                <th scope="col" className="py-2 pr-3">{t("actor")}</th>
                <th scope="col" className="py-2 pr-3">{t("entity")}</th>
                <th scope="col" className="py-2 pr-3">{t("details")}</th>
                <th scope="col" className="py-2">{t("ip")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((event) => (
                <tr key={event.id} className="border-b border-slate-200 align-top">
                  <td className="whitespace-nowrap py-2 pr-3 font-mono text-xs">
                    <time dateTime={event.createdAt.toISOString()}>{event.createdAt.toISOString().replace("T", " ").slice(0, 19)}</time>
                  </td>
                  <td className="py-2 pr-3 font-mono text-xs">{event.action}</td>
                  <td className="py-2 pr-3">{event.actorEmail ?? t("system")}</td>
                  <td className="py-2 pr-3 font-mono text-xs">{[event.entityType, event.entityId].filter(Boolean).join(" ")}</td>
                  <td className="max-w-[20rem] break-words py-2 pr-3 font-mono text-xs">{event.details}</td>
                  <td className="py-2 font-mono text-xs">{event.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/admin/audit" params={{ ...filter, page: undefined }} page={page} pageCount={pageCount} />
    </section>
  );
}
