import { describe, expect, it } from "vitest";
import { parseBulkReportParams } from "./bulk-report-params";

const parse = (query: string) => parseBulkReportParams(new URLSearchParams(query));

describe("parseBulkReportParams", () => {
  it("reads the overview's filters and the language", () => {
    const parsed = parse("lang=fr&status=SUBMITTED&region=AP&country=th&round=2026&q=emploi&sort=agency&page=3");
    expect(parsed?.lang).toBe("fr");
    expect(parsed?.filters).toMatchObject({ status: "SUBMITTED", region: "AP", country: "TH", round: 2026, q: "emploi" });
  });

  it("refuses a bad language or filter instead of dropping it", () => {
    for (const query of ["", "lang=de", "lang=en&status=NOPE", "lang=en&region=MARS", "lang=en&country=FRA", "lang=en&round=nineteen", `lang=en&q=${"x".repeat(101)}`]) {
      expect(parse(query), query).toBeNull();
    }
  });

  it("treats empty filters (an unfilled form) as absent", () => {
    expect(parse("lang=es&status=&region=&q=")?.filters).toMatchObject({ status: undefined, region: undefined, q: undefined });
  });
});
