/** Display rounding only (methodology: scores to whole numbers, 1–5 levels to one decimal, shares to whole percent). */
export function formatScore(score: number): string {
  return String(Math.round(score));
}

export function formatLevel(level: number): string {
  return level.toFixed(1);
}

/** A gap with its sign: "+12", "−3", "0". */
export function formatGap(gap: number, digits = 0): string {
  const rounded = Number(gap.toFixed(digits));
  if (rounded === 0) return (0).toFixed(digits);
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded).toFixed(digits)}`;
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
