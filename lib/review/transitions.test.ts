import { describe, expect, it } from "vitest";
import { canCommentOn, targetStatusOf, transitionError } from "./transitions";

describe("review transitions", () => {
  it("returns and approves only submitted assessments", () => {
    expect(transitionError("return", "SUBMITTED")).toBeNull();
    expect(transitionError("approve", "SUBMITTED")).toBeNull();
    expect(targetStatusOf("return")).toBe("RETURNED");
    expect(targetStatusOf("approve")).toBe("APPROVED");
  });

  it("explains each refused transition", () => {
    expect(transitionError("approve", "DRAFT")).toBe("coordinator.errors.notSubmittedDraft");
    expect(transitionError("approve", "RETURNED")).toBe("coordinator.errors.notSubmittedReturned");
    expect(transitionError("return", "APPROVED")).toBe("coordinator.errors.alreadyApproved");
    expect(transitionError("approve", "APPROVED")).toBe("coordinator.errors.alreadyApproved");
  });

  it("accepts comments only during review", () => {
    expect(canCommentOn("SUBMITTED")).toBe(true);
    expect(canCommentOn("APPROVED")).toBe(false);
    expect(canCommentOn("DRAFT")).toBe(false);
  });
});
