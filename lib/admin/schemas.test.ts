import { describe, expect, it } from "vitest";
import { agencySchema, auditFilterSchema, changePasswordSchema, inviteUserSchema, setPasswordSchema } from "./schemas";
import { COUNTRY_CODES } from "@/lib/i18n/country-codes";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe("agency schema", () => {
  it("keeps a name in any script and normalises the country code", () => {
    const parsed = agencySchema.parse({ name: "  กรมการจัดหางาน ", countryCode: "th", region: "AP", language: "en" });
    expect(parsed).toEqual({ name: "กรมการจัดหางาน", countryCode: "TH", region: "AP", language: "en" });
  });

  it("refuses a code that is not ISO 3166-1 alpha-2", () => {
    for (const countryCode of ["XX", "UK", "FRA", ""]) {
      expect(messagesOf(agencySchema.safeParse({ name: "A", countryCode, region: "AP", language: "en" }))).toContain("admin.errors.countryCode");
    }
    expect(COUNTRY_CODES).toHaveLength(249);
  });
});

describe("invitation schema", () => {
  const base = { email: "Ana@Example.org", name: "Ana", language: "es" };

  it("requires an agency for a respondent and forbids one for the other roles", () => {
    expect(messagesOf(inviteUserSchema.safeParse({ ...base, role: "RESPONDENT", agencyId: "" }))).toEqual(["admin.errors.agencyRequired"]);
    expect(messagesOf(inviteUserSchema.safeParse({ ...base, role: "COORDINATOR", agencyId: "demo-agency-mx" }))).toEqual(["admin.errors.agencyForbidden"]);
    expect(inviteUserSchema.parse({ ...base, role: "ADMIN", agencyId: "" })).toMatchObject({ email: "ana@example.org", agencyId: null });
    // The form's parsed output (agencyId null) parses again on the server.
    const output = inviteUserSchema.parse({ ...base, role: "RESPONDENT", agencyId: "demo-agency-mx" });
    expect(inviteUserSchema.parse(output)).toEqual(output);
  });
});

describe("password schemas", () => {
  const token = "A".repeat(43);

  it("apply the minimum length and the confirmation", () => {
    expect(messagesOf(setPasswordSchema.safeParse({ token, password: "short", confirmPassword: "short" }))).toEqual(["admin.errors.passwordTooShort"]);
    expect(messagesOf(setPasswordSchema.safeParse({ token, password: "long enough 1", confirmPassword: "long enough 2" }))).toEqual(["admin.errors.passwordMismatch"]);
    expect(setPasswordSchema.safeParse({ token, password: "long enough 1", confirmPassword: "long enough 1" }).success).toBe(true);
    expect(messagesOf(setPasswordSchema.safeParse({ token: "abc", password: "long enough 1", confirmPassword: "long enough 1" }))).toEqual(["admin.errors.linkInvalid"]);
    expect(messagesOf(changePasswordSchema.safeParse({ currentPassword: "", password: "long enough 1", confirmPassword: "long enough 1" }))).toEqual(["validation.required"]);
  });
});

describe("audit filter", () => {
  it("drops what it does not understand instead of failing", () => {
    expect(auditFilterSchema.parse({ action: "user.invite", from: "2026-01-01", to: "not a date", page: "-3" })).toEqual({
      action: "user.invite",
      actor: undefined,
      entity: undefined,
      from: "2026-01-01",
      to: undefined,
      page: 1,
    });
  });
});
