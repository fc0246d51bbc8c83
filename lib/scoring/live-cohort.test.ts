import { describe, expect, it } from "vitest";
import { answersAll, answersFor } from "./fixtures";
import { buildLiveCohort, MIN_LIVE_COHORT, type LiveCohortMember } from "./live-cohort";
import { scoreAssessment } from "./score-assessment";

// Five agencies answering every item with 0, 1, 2, 3, 3 points → dimension scores 0, 33.3, 66.7, 100, 100.
const POINTS = [0, 1, 2, 3, 3] as const;
const members: LiveCohortMember[] = POINTS.map((points, index) => ({
  agencyId: `agency-${index}`,
  scores: scoreAssessment(answersAll(points), []),
}));

describe("buildLiveCohort (method §5)", () => {
  it("shows nothing with 4 agencies", () => {
    const cohort = buildLiveCohort(members.slice(0, 4), "2026.1");
    expect(MIN_LIVE_COHORT).toBe(5);
    expect(cohort.agencies).toBe(4);
    expect(Object.values(cohort.dimensions).every((figure) => figure === null)).toBe(true);
    expect(cohort.indices.digital_maturity).toBeNull();
  });

  it("gives median, min, max and n with 5 agencies", () => {
    const cohort = buildLiveCohort(members, "2026.1");
    // sorted 0, 33.3, 66.7, 100, 100 → median 66.7.
    expect(cohort.dimensions.strategy).toEqual({ median: 200 / 3, min: 0, max: 100, n: 5 });
    expect(cohort.indices.youth_readiness).toEqual({ median: 200 / 3, min: 0, max: 100, n: 5 });
  });

  it("counts per dimension only the agencies where it is scored", () => {
    const sixth = { agencyId: "agency-5", scores: scoreAssessment(answersFor("analytics", [3, 3, 3]), []) };
    const cohort = buildLiveCohort([...members.slice(0, 4), sixth], "2026.1");
    expect(cohort.agencies).toBe(5);
    expect(cohort.dimensions.analytics).toEqual({ median: 200 / 3, min: 0, max: 100, n: 5 });
    expect(cohort.dimensions.strategy).toBeNull(); // only 4 agencies scored it
  });

  it("takes the mean of the two middle scores for an even n", () => {
    const sixth = { agencyId: "agency-5", scores: scoreAssessment(answersAll(0), []) };
    // sorted 0, 0, 33.3, 66.7, 100, 100 → median (33.3 + 66.7) / 2 = 50.
    expect(buildLiveCohort([...members, sixth], "2026.1").dimensions.data?.median).toBeCloseTo(50, 12);
  });

  it("leaves out snapshots of another instrument version and refuses an agency counted twice", () => {
    const old = members.map((member) => ({ ...member, scores: { ...member.scores, instrumentVersion: "2025.1" } }));
    expect(buildLiveCohort(old, "2026.1").agencies).toBe(0);
    const first = members[0]!;
    expect(() => buildLiveCohort([...members, first], "2026.1")).toThrow(/twice/);
  });
});
