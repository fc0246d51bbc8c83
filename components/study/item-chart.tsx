import type { ItemView } from "@/lib/study/regional-view";
import { StackedBarSvg } from "./stacked-bar-svg";

/** One question: its answers as a stacked bar (or one bar per ticked option), a text legend, and the published figures. */
export function ItemChart({ item }: { item: ItemView }) {
  return (
    <figure className="space-y-2 border-b border-slate-100 pb-3" data-testid={`regional-item-${item.itemId}`}>
      <figcaption>
        <span className="font-medium">{item.label}</span> <span className="text-xs text-slate-600">· {item.answered}</span>
      </figcaption>
      {item.bar && <StackedBarSvg bar={item.bar} />}
      {item.legend.length > 0 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {item.legend.map((entry) => (
            <li key={entry.text} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block size-3 shrink-0 rounded-sm border border-slate-300" style={{ backgroundColor: entry.fill }} />
              <span className="tabular-nums">{entry.text}</span>
            </li>
          ))}
        </ul>
      )}
      {item.optionBars.length > 0 && (
        <ul className="space-y-1 text-xs">
          {item.optionBars.map((bar) => (
            <li key={bar.label} className="grid grid-cols-[minmax(0,1fr)_6rem] items-center gap-2 sm:grid-cols-[16rem_minmax(0,1fr)_6rem]">
              <span>{bar.label}</span>
              <svg viewBox="0 0 300 10" preserveAspectRatio="none" className="hidden h-3 w-full sm:block" aria-hidden="true" focusable="false">
                <rect x={0} y={0} width={bar.width} height={10} fill="#2f6fb3" />
              </svg>
              <span className="text-right tabular-nums">{bar.value}</span>
            </li>
          ))}
        </ul>
      )}
      {item.published.map((citation) => (
        <div key={citation.cohort} className="rounded border-l-4 border-slate-300 bg-slate-50 px-2 py-1 text-xs text-slate-700">
          <p className="font-medium">{citation.cohort}</p>
          {citation.lines.length > 0 && <p>{citation.lines.join(" · ")}</p>}
          <p className="text-slate-600">{citation.source}</p>
        </div>
      ))}
    </figure>
  );
}
