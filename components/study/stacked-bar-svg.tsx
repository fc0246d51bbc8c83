import { labelColor, type StackedBar } from "@/lib/charts/stacked-bar";

/**
 * A stacked bar drawn from the shared geometry (lib/charts/stacked-bar): the same segments as the PDF.
 * Decorative for screen readers: the legend beside it gives every share as text.
 */
export function StackedBarSvg({ bar }: { bar: StackedBar }) {
  return (
    <svg viewBox={`0 0 ${bar.width} ${bar.height}`} className="h-5 w-full" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {bar.segments.map((segment) => (
        <g key={segment.option}>
          <rect x={segment.x} y={0} width={segment.width} height={bar.height} fill={segment.fill} />
          {segment.label && (
            <text x={segment.x + segment.width / 2} y={bar.height / 2} dominantBaseline="central" textAnchor="middle" fontSize={8} fill={labelColor(segment.fill)}>
              {segment.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
