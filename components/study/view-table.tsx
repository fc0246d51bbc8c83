import type { Table } from "@/lib/study/regional-view";

/**
 * A table of the regional report's view model (first column is the row header). It scrolls sideways on
 * phones inside its own box (focusable, so the keyboard scrolls it too), the row header staying in view;
 * its caption stays above the scrolling part so that it wraps to the screen's width.
 */
export function ViewTable({ table, testId }: { table: Table; testId?: string }) {
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm text-slate-700">{table.caption}</figcaption>
      <div className="overflow-x-auto" role="region" aria-label={table.caption} tabIndex={0}>
        <table className="min-w-full text-sm" data-testid={testId} aria-label={table.caption}>
          <thead className="bg-slate-50 text-left">
            <tr>
              {table.columns.map((column, index) => (
                <th key={column} scope="col" className={`px-2 py-1 align-bottom ${index > 0 ? "text-right" : "sticky left-0 bg-slate-50"}`}>{column}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                <th scope="row" className="sticky left-0 min-w-36 bg-white px-2 py-1 text-left font-normal">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={index} className="px-2 py-1 text-right tabular-nums">{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
