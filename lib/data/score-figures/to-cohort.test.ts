import { describe, expect, it } from "vitest";
import { summariseScores } from "@/lib/scoring/live-cohort";
import { figureWithout } from "./to-cohort";

/** The ranks the SQL reads (`rank` rows): 1, 2, n-1, n and ⌊n/2⌋ … ⌊(n+1)/2⌋+1. */
function rankRows(sorted: readonly number[]): Map<number, number> {
  const n = sorted.length;
  const ranks = new Map<number, number>();
  sorted.forEach((value, i) => {
    const rn = i + 1;
    if ([1, 2, n - 1, n].includes(rn) || (rn >= Math.floor(n / 2) && rn <= Math.floor((n + 1) / 2) + 1)) ranks.set(rn, value);
  });
  return ranks;
}

describe("a cohort figure without one member, from the ranks around the middle and the ends", () => {
  it("equals the figure of the values with that member removed, ties and small cohorts included", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 400; trial++) {
      const n = 1 + Math.floor(random() * 14);
      // Few distinct values, so that ties (the own value equal to its neighbours) happen often.
      const values = Array.from({ length: n }, () => Math.floor(random() * 5) * 12.5);
      const sorted = [...values].sort((a, b) => a - b);
      const ranks = rankRows(sorted);
      expect(figureWithout(n, ranks, null)).toEqual(summariseScores(values));
      const own = values[Math.floor(random() * n)]!;
      const rest = [...values];
      rest.splice(rest.indexOf(own), 1);
      expect(figureWithout(n, ranks, own)).toEqual(summariseScores(rest));
    }
  });
});
