/**
 * The number a gap's unit agrees with in an ICU plural ("+1 point", "-3 points", French "0 point"): the gap
 * as it is printed (rounded like `format.gap`), without its sign. 0 when there is no gap.
 */
export function gapPoints(gap: number | null): number {
  return gap === null ? 0 : Math.abs(Math.round(gap));
}
