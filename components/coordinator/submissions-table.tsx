import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { toSearchParams, type SubmissionFilters, type SubmissionSort } from "@/lib/coordinator/submission-filters";
import type { SubmissionRow } from "@/lib/data/coordinator";
import { countryName } from "./country-name";
import { StatusBadge } from "./status-badge";

/** The overview's table. Column headers sort (server-side, by URL), the index columns included. */
export async function SubmissionsTable({ rows, filters, basePath }: { rows: SubmissionRow[]; filters: SubmissionFilters; basePath: string }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("coordinator"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  const index = (value: number | null | undefined) => (value === null || value === undefined ? tc("notAvailable") : format.number(value, { maximumFractionDigits: 1 }));

  const sortHeader = (column: SubmissionSort, label: string, align: "left" | "right" = "left") => {
    const isActive = filters.sort === column;
    const nextDir = isActive && filters.dir === "asc" ? "desc" : "asc";
    const query = toSearchParams(filters, { sort: column, dir: nextDir, page: 1 }).toString();
    return (
      <th key={column} scope="col" aria-sort={isActive ? (filters.dir === "asc" ? "ascending" : "descending") : "none"} className={`px-3 py-2 ${align === "right" ? "text-right" : "text-left"}`}>
        <Link href={query ? `${basePath}?${query}` : basePath} className="underline-offset-4 hover:underline">
          {label}
          <span aria-hidden="true">{isActive ? (filters.dir === "asc" ? " ▲" : " ▼") : ""}</span>
        </Link>
      </th>
    );
  };

  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="submissions-table">
        <caption className="sr-only">{t("overview.caption")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {sortHeader("agency", t("overview.columns.agency"))}
            <th scope="col" className="px-3 py-2 text-left">{t("overview.columns.country")}</th>
            <th scope="col" className="px-3 py-2 text-left">{t("overview.columns.region")}</th>
            {sortHeader("round", t("overview.columns.round"))}
            {sortHeader("status", t("overview.columns.status"))}
            {sortHeader("submitted", t("overview.columns.submitted"))}
            {sortHeader("digital_maturity", t("indices.digital_maturity"), "right")}
            {sortHeader("youth_readiness", t("indices.youth_readiness"), "right")}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="submission-row">
              <td className="px-3 py-2">
                <Link href={`/coordinator/assessments/${row.id}`} className="font-medium text-brand-700 underline-offset-4 hover:underline">
                  {row.agencyName}
                </Link>
              </td>
              <td className="px-3 py-2">{countryName(row.countryCode, locale)}</td>
              <td className="px-3 py-2">{tc(`regions.${row.region}`)}</td>
              <td className="px-3 py-2">{row.round}</td>
              <td className="px-3 py-2">
                <StatusBadge status={row.status} label={tc(`statuses.${row.status}`)} />
              </td>
              <td className="px-3 py-2">{row.submittedAt ? format.dateTime(row.submittedAt, { dateStyle: "medium" }) : tc("notAvailable")}</td>
              <td className="px-3 py-2 text-right tabular-nums">{index(row.indices?.digital_maturity)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{index(row.indices?.youth_readiness)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
