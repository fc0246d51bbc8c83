import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { alice, bob, coordinator, seedAssessmentPeople } from "@/lib/testing/assessment-people";
import { answersAll } from "@/lib/scoring/fixtures";
import { writeScoreSnapshot } from "../snapshots/write-snapshot";

/*
 * The trend of an agency's rounds, against a real temporary database (SQLite, and PostgreSQL in npm test):
 * only the rounds of the assessment's own agency, scored ones only (never a draft), oldest first, read from
 * the typed snapshot columns; another agency's respondent is refused.
 */
const { testDatabase, testDb } = await vi.hoisted(async () => {
  const { createTestDatabase } = await import("@/lib/testing/test-database");
  const testDatabase = await createTestDatabase("agency-trend");
  return { testDatabase, testDb: testDatabase.client };
});
vi.mock("@/lib/db", () => ({ db: testDb }));

const { getAgencyTrend } = await import("./get-agency-trend");

async function round(agencyId: string, year: number, status: "DRAFT" | "SUBMITTED" | "APPROVED", points?: 0 | 1 | 2 | 3): Promise<string> {
  const { id } = await testDb.assessment.create({ data: { agencyId, round: year, status, instrumentVersion: "2026.1", createdById: "coord" } });
  if (points !== undefined) await testDb.$transaction((tx) => writeScoreSnapshot(tx, { assessmentId: id, answers: answersAll(points), createdById: "coord" }));
  return id;
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  await seedAssessmentPeople(testDatabase);
  // agency-a: 2026 (submitted, stored first), 2024 and 2025 (approved), a 2027 draft; agency-b: 2026.
  ids.a2026 = await round("agency-a", 2026, "SUBMITTED", 3);
  ids.a2024 = await round("agency-a", 2024, "APPROVED", 1);
  ids.a2025 = await round("agency-a", 2025, "APPROVED", 2);
  ids.a2027 = await round("agency-a", 2027, "DRAFT");
  ids.b2026 = await round("agency-b", 2026, "APPROVED", 0);
}, 60_000);

afterAll(async () => {
  await testDatabase.drop();
});

describe("getAgencyTrend", () => {
  it("gives the agency's scored rounds, oldest first, with indices and every dimension", async () => {
    const trend = await getAgencyTrend(alice, ids.a2026!);
    if (!trend.ok) throw new Error(trend.error);
    expect(trend.data.map((p) => p.round)).toEqual([2024, 2025, 2026]);
    const [first, , last] = trend.data;
    expect(first!.indices.digital_maturity).toBeLessThan(last!.indices.digital_maturity!);
    expect(last!.indices.digital_maturity).toBe(100);
    expect(last!.dimensions.strategy).toBe(100);
    expect(first!.dimensions.strategy).toBeCloseTo(100 / 3, 5);
    expect(trend.data.every((p) => p.scoringModelVersion.length > 0)).toBe(true);
  });

  it("leaves out drafts, and from a draft's page still shows the scored rounds", async () => {
    const trend = await getAgencyTrend(alice, ids.a2027!);
    expect(trend.ok && trend.data.map((p) => p.round)).toEqual([2024, 2025, 2026]);
  });

  it("never mixes in another agency's rounds, for a coordinator either", async () => {
    const forCoordinator = await getAgencyTrend(coordinator, ids.a2025!);
    expect(forCoordinator.ok && forCoordinator.data.map((p) => p.assessmentId)).toEqual([ids.a2024, ids.a2025, ids.a2026]);
    const ofB = await getAgencyTrend(coordinator, ids.b2026!);
    expect(ofB.ok && ofB.data.map((p) => p.assessmentId)).toEqual([ids.b2026]);
  });

  it("refuses another agency's respondent, and answers notFound for an unknown id", async () => {
    expect(await getAgencyTrend(bob, ids.a2026!)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await getAgencyTrend(alice, "c000000000000000000000000")).toMatchObject({ ok: false, code: "notFound" });
  });
});
