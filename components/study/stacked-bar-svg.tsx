import { labelColor, type StackedBar } from "@/lib/charts/stacked-bar";

/**
 * A stacked bar drawn from the shared geometry (lib/charts/stacked-bar): the same segments as the PDF.
 * The SVG stretches to the column's width, so the percentages are HTML laid over it (SVG text would be
 * stretched with it). Hidden from screen readers: the legend below gives every share as text.
 */
export function StackedBarSvg({ bar }: { bar: StackedBar }) {
  const percent = (value: number) => `${(value / bar.width) * 100}%`;
  return (
    <div className="relative h-5 w-full" aria-hidden="true">
      <svg viewBox={`0 0 ${bar.width} ${bar.height}`} className="absolute inset-0 h-full w-full" preserveAspectRatio="none" focusable="false">
        {bar.segments.map((segment) => (
          <rect key={segment.option} x={segment.x} y={0} width={segment.width} height={bar.height} fill={segment.fill} />
        ))}
      </svg>
      {bar.segments.map((segment) =>
        segment.label ? (
          <span
            key={segment.option}
            className="absolute top-0 flex h-full items-center justify-center text-[11px] leading-none tabular-nums"
            style={{ left: percent(segment.x), width: percent(segment.width), color: labelColor(segment.fill) }}
          >
            {segment.label}
          </span>
        ) : null,
      )}
    </div>
  );
}
