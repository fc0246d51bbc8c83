import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

/*
 * The pieces every administration list shares (agencies, users, audit log): the filter form (plain GET,
 * works without JavaScript), its fields, the result count and the table with its empty state.
 */

export const fieldClass = "mt-1 rounded-md border border-slate-300 bg-white px-3 py-2";

export function ListHeader({ title, action }: { title: string; action?: { href: string; label: string } }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {action && (
        <Link href={action.href} className={buttonClasses("primary")}>
          {action.label}
        </Link>
      )}
    </div>
  );
}

export async function FilterForm({ clearHref, children }: { clearHref: string; children: ReactNode }) {
  const list = await getTranslations("admin.list");
  return (
    <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search">
      {children}
      <button type="submit" className={buttonClasses("secondary")}>
        {list("filter")}
      </button>
      <Link href={clearHref} className="text-sm text-brand-700 underline">
        {list("clear")}
      </Link>
    </form>
  );
}

export function FilterField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="text-sm">
      <span className="block font-medium">{label}</span>
      {children}
    </label>
  );
}

/** A select whose first option ("All") clears the filter. */
export async function FilterSelect({ name, label, value, options, className = "" }: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  className?: string;
}) {
  const list = await getTranslations("admin.list");
  return (
    <FilterField label={label}>
      <select name={name} defaultValue={value ?? ""} className={`${fieldClass} ${className}`}>
        <option value="">{list("all")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

/** The result count, then the table, or the empty state when nothing matches. */
export async function ListTable({ total, isEmpty, empty, testId, minWidth, columns, children }: {
  total: number;
  /** No row on this page. */
  isEmpty: boolean;
  empty: string;
  testId: string;
  /** A Tailwind min-width class, e.g. "min-w-[40rem]". */
  minWidth: string;
  columns: string[];
  children: ReactNode;
}) {
  const list = await getTranslations("admin.list");
  return (
    <>
      <p className="mt-4 text-sm text-slate-600" role="status">
        {list("results", { total })}
      </p>
      {isEmpty ? (
        <p className="mt-4 text-slate-700">{empty}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className={`w-full ${minWidth} border-collapse text-left text-sm`} data-testid={testId}>
            <thead>
              <tr className="border-b border-slate-300">
                {columns.map((column, index) => (
                  <th key={column} scope="col" className={index < columns.length - 1 ? "py-2 pr-3" : "py-2"}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </>
  );
}
