import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { instrument } from "@/lib/questionnaire/instrument";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { answersAll } from "@/lib/scoring/fixtures";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { loadLiveCohorts } from "./live-cohorts";
import { snapshotCreateData } from "./snapshots/typed-scores";

// Integration test on a real, freshly migrated database (SQLite, and PostgreSQL in npm test): the live cohort (methodology §5) appears
// only with 5 other agencies of the region; the agency itself and opted-out agencies never count.

let database: TestDatabase;
let client: PrismaClient;
let userId: string;
let counter = 0;

/** An agency with one assessment of the given status, and its snapshot scored from all answers at `points`. */
async function agencyWith(input: { region: "LAC" | "AP"; status: "APPROVED" | "SUBMITTED"; points: 0 | 1 | 2 | 3; optOut?: boolean }) {
  counter += 1;
  const agency = await client.agency.create({
    data: { name: `Agency ${counter}`, countryCode: "MX", region: input.region, liveCohortOptOut: input.optOut ?? false },
  });
  const assessment = await client.assessment.create({
    data: { agencyId: agency.id, round: 2026, status: input.status, instrumentVersion: instrument.version, createdById: userId },
  });
  const scores = scoreAssessment(answersAll(input.points), []);
  await client.scoreSnapshot.create({ data: snapshotCreateData({ assessmentId: assessment.id, scores, createdById: userId }) });
  return { agencyId: agency.id, assessmentId: assessment.id };
}

beforeAll(async () => {
  database = await createTestDatabase("live-cohorts");
  await database.migrate();
  client = database.client;
  userId = (await client.user.create({ data: { email: "t@example.org", name: "T", role: "ADMIN" } })).id;
}, 60_000);

afterAll(async () => {
  await database?.drop();
});

/** The live cohorts of a known assessment (a refusal fails the test). */
async function liveOf(assessmentId: string) {
  const result = await loadLiveCohorts(assessmentId, client);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("live cohorts from the database", () => {
  it("answers notFound for an unknown assessment", async () => {
    expect(await loadLiveCohorts("no-such-assessment", client)).toMatchObject({ ok: false, code: "notFound" });
  });

  it("shows a figure only once 5 other approved agencies of the region exist", async () => {
    // The agency under test: approved itself, with the top score (it must not pull the median up).
    const own = await agencyWith({ region: "LAC", status: "APPROVED", points: 3 });

    // Noise that must never count: a submitted (not approved) LAC agency, an opted-out one, an AP one.
    await agencyWith({ region: "LAC", status: "SUBMITTED", points: 0 });
    await agencyWith({ region: "LAC", status: "APPROVED", points: 0, optOut: true });
    await agencyWith({ region: "AP", status: "APPROVED", points: 0 });

    // Four other approved LAC agencies: scores 0, 0, 33.3…, 33.3… (all answers at 0 or 1 point).
    for (const points of [0, 0, 1, 1] as const) await agencyWith({ region: "LAC", status: "APPROVED", points });
    let cohorts = await liveOf(own.assessmentId);
    expect(cohorts?.region).toBe("LAC");
    expect(cohorts?.regional.agencies).toBe(4);
    expect(cohorts?.regional.dimensions.strategy).toBeNull();
    expect(cohorts?.regional.indices.digital_maturity).toBeNull();
    // Overall: the 4 LAC agencies and the AP one = 5 (own and opted-out left out).
    expect(cohorts?.overall.agencies).toBe(5);
    expect(cohorts?.overall.dimensions.strategy).not.toBeNull();

    // The fifth other approved LAC agency (all answers at 2 points: 66.6…).
    await agencyWith({ region: "LAC", status: "APPROVED", points: 2 });
    cohorts = await liveOf(own.assessmentId);
    expect(cohorts?.regional.agencies).toBe(5);
    const strategy = cohorts?.regional.dimensions.strategy;
    // Scores 0, 0, 100/3, 100/3, 200/3: median 100/3, min 0, max 200/3; own 100 never included.
    expect(strategy?.n).toBe(5);
    expect(strategy?.median).toBeCloseTo(100 / 3, 9);
    expect(strategy?.min).toBe(0);
    expect(strategy?.max).toBeCloseTo(200 / 3, 9);
  });

  it("drops an agency that opts out, and never counts the assessment's own agency", async () => {
    const own = await agencyWith({ region: "AP", status: "APPROVED", points: 3 });
    const others = [];
    for (const points of [1, 1, 1, 1, 1] as const) others.push(await agencyWith({ region: "AP", status: "APPROVED", points }));
    let cohorts = await liveOf(own.assessmentId);
    // The AP agency of the first test (0 points) plus these five: 6 others; the own top score is absent.
    expect(cohorts?.regional.agencies).toBe(6);
    expect(cohorts?.regional.dimensions.data?.max).toBeCloseTo(100 / 3, 9);

    await client.agency.update({ where: { id: others[0]!.agencyId }, data: { liveCohortOptOut: true } });
    await client.agency.update({ where: { id: others[1]!.agencyId }, data: { liveCohortOptOut: true } });
    cohorts = await liveOf(own.assessmentId);
    expect(cohorts?.regional.agencies).toBe(4);
    expect(cohorts?.regional.dimensions.data).toBeNull();
  });
});
