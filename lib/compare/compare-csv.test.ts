import { describe, expect, it } from "vitest";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { compareCsv } from "./compare-csv";
import type { ComparedAssessment } from "./types";

const row = (name: string, strategy: number | null): ComparedAssessment => ({
  assessmentId: name,
  agencyName: name,
  countryCode: "MX",
  region: "LAC",
  round: 2026,
  status: "APPROVED",
  dimensions: { ...(Object.fromEntries(DIMENSION_IDS.map((d) => [d, 50])) as ComparedAssessment["dimensions"]), strategy },
  indices: { digital_maturity: 61.5, youth_readiness: null },
});

describe("compare CSV", () => {
  it("writes one row per assessment with the scores, empty where not scored, and neutralises formulas", () => {
    const csv = compareCsv([row("Servicio Nacional", 66.6667), row("=HYPERLINK(1)", null)]);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe(`agency,country,region,round,status,digital_maturity,youth_readiness,${DIMENSION_IDS.join(",")}`);
    expect(lines[1]).toMatch(/^Servicio Nacional,MX,LAC,2026,APPROVED,61.5,,66.6667,50,/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(1\)",MX,LAC,2026,APPROVED,61.5,,,50/);
  });
});
