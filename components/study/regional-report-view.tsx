import type { RegionalView } from "@/lib/study/regional-view";
import { ItemChart } from "./item-chart";
import { ViewTable } from "./view-table";

function Section({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`regional-${id}`} className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid={`regional-${id}`}>
      <h2 id={`regional-${id}`} className="text-lg font-semibold">{heading}</h2>
      {children}
    </section>
  );
}

/** The regional report's body, drawn from the view model the PDF draws too. */
export function RegionalReportView({ view }: { view: RegionalView }) {
  return (
    <div className="space-y-4">
      <Section id="participation" heading={view.headings.participation}>
        <p className="text-base" data-testid="regional-participation-text">{view.participation}</p>
        <p className="text-sm text-slate-600">{view.threshold}</p>
        {view.tooFew && <p className="text-sm font-medium text-amber-900">{view.tooFew}</p>}
      </Section>
      {!view.tooFew && (
        <>
          <Section id="dimensions" heading={view.headings.dimensions}>
            <ViewTable table={view.dimensions} testId="regional-dimensions-table" />
            {view.dimensionNotes.map((note) => (
              <p key={note} className="text-xs text-slate-600">{note}</p>
            ))}
            <h3 className="font-semibold">{view.headings.indices}</h3>
            <ViewTable table={view.indices} />
          </Section>
          <Section id="items" heading={view.headings.items}>
            <p className="text-sm text-slate-700">{view.itemsIntro}</p>
            {view.itemGroups.map((group) => (
              <div key={group.heading} className="space-y-3">
                <h3 className="font-semibold text-brand-800">{group.heading}</h3>
                {group.items.map((item) => (
                  <ItemChart key={item.itemId} item={item} />
                ))}
              </div>
            ))}
          </Section>
          <Section id="barriers" heading={view.headings.barriers}>
            <ViewTable table={view.barriers.table} />
            {view.barriers.published.map((citation) => (
              <div key={citation.cohort} className="rounded border-l-4 border-slate-300 bg-slate-50 px-2 py-1 text-xs text-slate-700">
                <p className="font-medium">{citation.cohort}</p>
                <p>{citation.lines.join(" · ")}</p>
                <p className="text-slate-600">{citation.source}</p>
              </div>
            ))}
          </Section>
          <Section id="budgets" heading={view.headings.budgets}>
            {view.budgets.map((item) => (
              <ItemChart key={item.itemId} item={item} />
            ))}
          </Section>
          <Section id="studies" heading={view.headings.studies}>
            <ViewTable table={view.studies} />
          </Section>
          <Section id="conclusions" heading={view.headings.conclusions}>
            <ol className="space-y-2 text-sm">
              {view.conclusions.map((conclusion) => (
                <li key={conclusion.title}>
                  <p className="font-medium">{conclusion.title}</p>
                  <ul className="list-disc pl-5 text-slate-700">
                    {conclusion.evidence.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </Section>
          {view.annex && (
            <Section id="annex" heading={view.headings.annex}>
              <p className="text-sm text-slate-700">{view.annex.intro}</p>
              {view.annex.table && <ViewTable table={view.annex.table} testId="regional-annex-table" />}
              {view.annex.empty && <p className="text-sm">{view.annex.empty}</p>}
            </Section>
          )}
        </>
      )}
      <Section id="method" heading={view.headings.method}>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {view.method.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
