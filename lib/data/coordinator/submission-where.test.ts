import { describe, expect, it } from "vitest";
import { reverseOrder, submissionOrderBy } from "./submission-where";

describe("the overview's order read from the other end", () => {
  it("flips every direction, nested ones included, and puts rows without a value first", () => {
    expect(reverseOrder(submissionOrderBy({ sort: "digital_maturity", dir: "desc" }))).toEqual([
      { currentSnapshot: { digitalMaturity: { sort: "asc", nulls: "first" } } },
      { id: "desc" },
    ]);
    expect(reverseOrder(submissionOrderBy({ sort: "agency", dir: "asc" }))).toEqual([{ agency: { name: "desc" } }, { round: "asc" }, { id: "desc" }]);
    expect(reverseOrder(reverseOrder(submissionOrderBy({ sort: "submitted", dir: "asc" })))).toEqual(submissionOrderBy({ sort: "submitted", dir: "asc" }));
  });
});
