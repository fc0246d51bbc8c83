import type { GroupedBars } from "@/lib/charts/grouped-bars";

/**
 * The compare chart as a self-contained SVG (labels, axis and legend inside it, explicit font and
 * colours), so that the exported SVG and PNG read like the page. The table beside it gives every value.
 */
export function GroupedBarsSvg({ chart, id, title, className = "" }: { chart: GroupedBars; id: string; title: string; className?: string }) {
  const text = { fontFamily: "Noto Sans, Arial, sans-serif", fontSize: chart.fontSize };
  return (
    <svg id={id} xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${chart.width} ${chart.height}`} width={chart.width} height={chart.height} className={`h-auto w-full max-w-3xl ${className}`} role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{title}</title>
      <rect x={0} y={0} width={chart.width} height={chart.height} fill="#ffffff" />
      {chart.ticks.map((tick) => (
        <g key={tick.label}>
          <line x1={tick.x} x2={tick.x} y1={chart.plot.top} y2={chart.plot.bottom} stroke="#d9e2ec" strokeWidth={1} />
          <text x={tick.x} y={chart.plot.bottom + chart.fontSize + 2} textAnchor="middle" fill="#52606d" style={text}>{tick.label}</text>
        </g>
      ))}
      {chart.groups.map((group) => (
        <g key={group.key}>
          <text fill="#1f2933" style={{ ...text, fontWeight: 600 }}>
            {group.lines.map((line) => (
              <tspan key={line.y} x={chart.plot.x} y={line.y}>{line.text}</tspan>
            ))}
          </text>
          {group.bars.map((bar) => (
            <g key={bar.seriesKey}>
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.fill} />
              <text x={bar.textX} y={bar.y + bar.height - 1} fill="#1f2933" style={{ ...text, fontSize: chart.fontSize - 2 }}>{bar.text}</text>
            </g>
          ))}
        </g>
      ))}
      {chart.legend.map((entry) => (
        <g key={`${entry.label}-${entry.y}`}>
          <rect x={entry.x} y={entry.y} width={12} height={12} fill={entry.fill} />
          <text fill="#1f2933" style={text}>
            {entry.lines.map((line) => (
              <tspan key={line.y} x={entry.x + 18} y={line.y}>{line.text}</tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  );
}
