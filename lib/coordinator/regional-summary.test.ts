import { describe, expect, it } from "vitest";
import { answersAll } from "@/lib/scoring/fixtures";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { summariseRegions, type RegionalAgency } from "./regional-summary";

const approved = (agencyId: string, points: 0 | 1 | 2 | 3, region = "LAC"): RegionalAgency => ({
  agencyId,
  region,
  status: "APPROVED",
  approvedScores: scoreAssessment(answersAll(points), []),
});

describe("summariseRegions", () => {
  it("counts agencies by status, including those that have not started", () => {
    const [lac] = summariseRegions(
      [
        { agencyId: "a", region: "LAC", status: "DRAFT", approvedScores: null },
        { agencyId: "b", region: "LAC", status: null, approvedScores: null },
        approved("c", 2),
      ],
      "2026.1",
    );
    expect(lac).toMatchObject({ region: "LAC", agencies: 3, approved: 1 });
    expect(lac!.byStatus).toEqual({ NOT_STARTED: 1, DRAFT: 1, SUBMITTED: 0, RETURNED: 0, APPROVED: 1 });
  });

  it("shows no figure with 4 approved agencies", () => {
    const [lac] = summariseRegions(["a", "b", "c", "d"].map((id) => approved(id, 3)), "2026.1");
    expect(lac!.approved).toBe(4);
    expect(lac!.figures).toBeNull();
  });

  it("gives stage counts per dimension and the median from 5 approved agencies", () => {
    const points = [0, 1, 2, 3, 3] as const;
    const summaries = summariseRegions([...points.map((p, i) => approved(`lac-${i}`, p)), approved("ap-1", 3, "AP")], "2026.1");
    const lac = summaries.find((s) => s.region === "LAC")!;
    // Scores 0, 33.3, 66.7, 100, 100 → initial, emerging, advanced, leading, leading.
    expect(lac.figures!.stages.strategy).toEqual({ initial: 1, emerging: 1, developing: 0, advanced: 1, leading: 2 });
    expect(lac.figures!.cohort.dimensions.strategy?.median).toBeCloseTo(200 / 3, 12);
    expect(summaries.find((s) => s.region === "AP")!.figures).toBeNull();
  });

  it("leaves out approved assessments of another instrument version", () => {
    const old = { ...approved("old", 3), approvedScores: { ...scoreAssessment(answersAll(3), []), instrumentVersion: "2025.1" } };
    const [lac] = summariseRegions([...["a", "b", "c", "d"].map((id) => approved(id, 1)), old], "2026.1");
    expect(lac!.approved).toBe(5);
    expect(lac!.figures).toBeNull();
  });
});
