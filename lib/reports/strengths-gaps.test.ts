import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { answersFor } from "@/lib/scoring/fixtures";
import { strengthsAndGaps } from "./strengths-gaps";

describe("strengths and gaps", () => {
  it("lists the highest and lowest scored dimensions, never both, never insufficient ones", () => {
    const answers = {
      ...answersFor("strategy", [3, 3]),
      ...answersFor("back_office", [0, 0, 1, 0, 0]),
      ...answersFor("data", [2, 2, 2, 2, 2]),
      ...answersFor("analytics", ["dk", "dk", 3]),
    };
    const { strengths, gaps } = strengthsAndGaps(scoreAssessment(answers, []));
    expect(strengths.map((d) => d.dimension)).toEqual(["strategy", "data"]);
    expect(gaps.map((d) => d.dimension)).toEqual(["back_office"]);
  });
});
