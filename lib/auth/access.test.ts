import { describe, expect, it } from "vitest";
import { canAccessAgency, decideAccess, type SessionUser } from "./access";

const respondent: SessionUser = {
  id: "u1", email: "r@x.org", name: "R", role: "RESPONDENT", agencyId: "agency-a", language: "fr",
};
const coordinator: SessionUser = { ...respondent, id: "u2", role: "COORDINATOR", agencyId: null };
const admin: SessionUser = { ...respondent, id: "u3", role: "ADMIN", agencyId: null };

describe("decideAccess", () => {
  it("sends a missing user to sign-in", () => {
    expect(decideAccess(null)).toBe("unauthenticated");
    expect(decideAccess(null, { roles: ["ADMIN"] })).toBe("unauthenticated");
  });

  it("checks the role", () => {
    expect(decideAccess(respondent, { roles: ["COORDINATOR", "ADMIN"] })).toBe("forbidden");
    expect(decideAccess(coordinator, { roles: ["COORDINATOR", "ADMIN"] })).toBe("ok");
  });

  it("checks permissions from the role table", () => {
    expect(decideAccess(coordinator, { permission: "admin:manage" })).toBe("forbidden");
    expect(decideAccess(admin, { permission: "admin:manage" })).toBe("ok");
    expect(decideAccess(respondent, { permission: "assessment:fill" })).toBe("ok");
    expect(decideAccess(admin, { permission: "assessment:fill" })).toBe("forbidden");
  });

  it("keeps respondents inside their own agency", () => {
    expect(decideAccess(respondent, { agencyId: "agency-a" })).toBe("ok");
    expect(decideAccess(respondent, { agencyId: "agency-b" })).toBe("forbidden");
    expect(decideAccess(coordinator, { agencyId: "agency-b" })).toBe("ok");
  });

  it("never lets a respondent without an agency reach an agency record", () => {
    expect(canAccessAgency({ ...respondent, agencyId: null }, "agency-a")).toBe(false);
  });
});
