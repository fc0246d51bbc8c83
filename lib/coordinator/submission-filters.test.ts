import { describe, expect, it } from "vitest";
import { parseSubmissionFilters, toSearchParams } from "./submission-filters";

describe("submission filters", () => {
  it("reads valid params and normalises the country code", () => {
    const filters = parseSubmissionFilters({ status: "SUBMITTED", region: "LAC", country: "mx", round: "2026", q: " Empleo ", page: "3" });
    expect(filters).toMatchObject({ status: "SUBMITTED", region: "LAC", country: "MX", round: 2026, q: "Empleo", page: 3 });
  });

  it("drops values that do not parse instead of failing", () => {
    const filters = parseSubmissionFilters({ status: "LOST", region: "MARS", country: "Mexico", round: "soon", page: "-2", sort: "x" });
    expect(filters).toEqual({ status: undefined, region: undefined, country: undefined, round: undefined, q: undefined, sort: "updated", dir: "desc", page: 1 });
  });

  it("takes the first of repeated params", () => {
    expect(parseSubmissionFilters(new URLSearchParams("status=APPROVED")).status).toBe("APPROVED");
    expect(parseSubmissionFilters({ status: ["RETURNED", "DRAFT"] }).status).toBe("RETURNED");
  });

  it("writes back only what differs from the defaults, and resets the page on override", () => {
    const filters = parseSubmissionFilters({ region: "AP", page: "4" });
    expect(toSearchParams(filters).toString()).toBe("region=AP&page=4");
    expect(toSearchParams(filters, { sort: "agency", dir: "asc", page: 1 }).toString()).toBe("region=AP&sort=agency&dir=asc");
  });
});
