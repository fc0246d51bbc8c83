import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { FilterField, FilterForm, ListTable, fieldClass } from "@/components/admin/list-page";
import { auditFilterSchema } from "@/lib/admin/schemas";
import { requireUser } from "@/lib/session/guards";
import { listAuditActions, listAuditEvents } from "@/lib/data/admin";
import { pageData } from "@/lib/http/page-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Read-only: no control on this page (or anywhere) edits or deletes an audit event. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser({ permission: "audit:view" });
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, actions, result] = await Promise.all([
    getTranslations("admin.audit"),
    listAuditActions(user),
    listAuditEvents(user, filter),
  ]);
  const { rows, total, page, pageCount } = pageData(result);
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <FilterForm clearHref="/admin/audit">
        <FilterField label={t("action")}>
          <input name="action" list="audit-actions" defaultValue={filter.action ?? ""} className={fieldClass} />
          <datalist id="audit-actions">
            {actions.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
        </FilterField>
        <FilterField label={t("actor")}>
          <input name="actor" defaultValue={filter.actor ?? ""} className={fieldClass} />
        </FilterField>
        <FilterField label={t("entity")}>
          <input name="entity" defaultValue={filter.entity ?? ""} className={fieldClass} />
        </FilterField>
        <FilterField label={t("from")}>
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={fieldClass} />
        </FilterField>
        <FilterField label={t("to")}>
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={fieldClass} />
        </FilterField>
      </FilterForm>
      <ListTable
        total={total}
        isEmpty={rows.length === 0}
        empty={t("empty")}
        testId="audit-table"
        minWidth="min-w-[48rem]"
        columns={[t("when"), t("action"), t("actor"), t("entity"), t("details"), t("ip")]}
      >
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
      </ListTable>
      <Pagination basePath="/admin/audit" params={{ ...filter, page: undefined }} page={page} pageCount={pageCount} />
    </section>
  );
}
