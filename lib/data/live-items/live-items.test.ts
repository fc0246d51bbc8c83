import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { instrument } from "@/lib/questionnaire/instrument";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import type { Answers } from "@/lib/questionnaire/types";
import { answersAll } from "@/lib/scoring/fixtures";
import { datasetSchema } from "@/lib/benchmarks/dataset-schema";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { loadScoringDatasets } from "../snapshots";
import { buildFrozenDataset, nextFrozenVersion } from "./freeze-live-cohort";
import { loadLiveItemDatasets } from "./live-item-cohorts";

// Integration test on a real, freshly migrated database (SQLite, and PostgreSQL in npm test): item-level live figures are counted by SQL
// from the Answer rows; a figure appears only with ≥ 5 agencies; the agency itself, opted-out agencies,
// other regions (for the regional cohort) and other instrument versions never count.

let database: TestDatabase;
let client: PrismaClient;
let userId: string;
let counter = 0;

type Region = "LAC" | "AP" | "AFRICA" | "EUROPE";
const ITEM = "strategy.national"; // a status item
const BARRIERS = "context.barriers"; // a tick-all item

/** An agency with one assessment of the given status and its answers (all scored items at `points`). */
async function agencyWith(input: {
  region: Region;
  status?: "APPROVED" | "SUBMITTED";
  points: 0 | 1 | 2 | 3;
  optOut?: boolean;
  version?: string;
  round?: number;
  extra?: Answers;
  agencyId?: string;
}) {
  counter += 1;
  const agencyId =
    input.agencyId ??
    (await client.agency.create({
      data: { name: `Agency ${counter}`, countryCode: "MX", region: input.region, liveCohortOptOut: input.optOut ?? false },
    })).id;
  const assessment = await client.assessment.create({
    data: {
      agencyId,
      round: input.round ?? 2026,
      status: input.status ?? "APPROVED",
      instrumentVersion: input.version ?? instrument.version,
      createdById: userId,
    },
  });
  const answers = { ...answersAll(input.points), ...input.extra };
  await client.answer.createMany({
    data: Object.entries(answers).map(([itemId, entry]) => ({
      assessmentId: assessment.id,
      itemId,
      value: JSON.stringify(entry.value),
      updatedById: userId,
    })),
  });
  return { agencyId, assessmentId: assessment.id };
}

async function load(assessmentId: string) {
  const result = await loadLiveItemDatasets(assessmentId, { client, now: new Date("2027-03-01T00:00:00Z") });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

beforeAll(async () => {
  database = await createTestDatabase("live-items");
  await database.migrate();
  client = database.client;
  userId = (await client.user.create({ data: { email: "t@example.org", name: "T", role: "ADMIN" } })).id;
}, 60_000);

afterAll(async () => {
  await database?.drop();
});

describe("item-level live cohorts from the database", () => {
  it("hides every item figure with 4 other agencies and shows them with 5; own, opted-out, unapproved and other versions never count", async () => {
    const own = await agencyWith({ region: "LAC", points: 3 });
    // Noise that must never count in the LAC cohort.
    await agencyWith({ region: "LAC", status: "SUBMITTED", points: 0 });
    await agencyWith({ region: "LAC", points: 0, optOut: true });
    await agencyWith({ region: "LAC", points: 0, version: "2025.9" });
    await agencyWith({ region: "AP", points: 0 });

    const barriers = (ticked: string[]): Answers => ({ [BARRIERS]: { value: ticked } });
    await agencyWith({ region: "LAC", points: 0, extra: barriers(["silos", "legal"]) });
    await agencyWith({ region: "LAC", points: 0, extra: barriers(["silos"]) });
    await agencyWith({ region: "LAC", points: 1, extra: barriers(["legal"]) });
    await agencyWith({ region: "LAC", points: 1, extra: barriers(["silos"]) });

    let live = await load(own.assessmentId);
    expect(live?.region).toBe("LAC");
    expect(live?.regional).toBeNull();
    // All regions: the 4 LAC agencies and the AP one (own, opted-out, submitted, other version left out).
    expect(live?.overall?.n).toBe(5);
    expect(live?.overall?.items?.[ITEM]).toMatchObject({ kind: "distribution", counts: { not_planned: 3, concrete_plans: 2, fully_in_place: 0 } });
    // Only 4 agencies answered the barriers item: no figure, even in a cohort of 5.
    expect(live?.overall?.items?.[BARRIERS]).toBeUndefined();

    await agencyWith({ region: "LAC", points: 2, extra: barriers(["silos", "legal"]) });
    live = await load(own.assessmentId);
    const regional = live?.regional;
    expect(regional?.n).toBe(5);
    expect(regional?.region).toBe("LAC");
    expect(regional?.name.fr).toContain("Amérique latine");
    expect(regional?.source).toContain("2027-03-01");
    // 2 × not_planned, 2 × concrete_plans, 1 × in_development; the own "fully_in_place" never counted.
    expect(regional?.items?.[ITEM]).toEqual({
      kind: "distribution",
      shares: { fully_in_place: 0, in_development: 0.2, concrete_plans: 0.4, not_planned: 0.4, dont_know: 0 },
      counts: { fully_in_place: 0, in_development: 1, concrete_plans: 2, not_planned: 2, dont_know: 0 },
      source: regional?.source,
    });
    // Tick-all: each option's share of the 5 agencies that answered (unnested in SQL).
    expect(regional?.items?.[BARRIERS]).toMatchObject({ kind: "multi", shares: { silos: 0.8, legal: 0.6, resistance: 0 } });
  });

  it("keeps each region to itself and counts one assessment per agency (its latest approved round)", async () => {
    const own = await agencyWith({ region: "AFRICA", points: 0 });
    const members = [];
    for (let i = 0; i < 5; i += 1) members.push(await agencyWith({ region: "AFRICA", points: 1, round: 2025 }));
    // A later approved round of one member replaces its earlier one; a submitted later round does not.
    await agencyWith({ region: "AFRICA", points: 3, round: 2026, agencyId: members[0]!.agencyId });
    await agencyWith({ region: "AFRICA", points: 3, round: 2027, status: "SUBMITTED", agencyId: members[1]!.agencyId });
    // Europe is another region: never in Africa's regional cohort.
    for (let i = 0; i < 5; i += 1) await agencyWith({ region: "EUROPE", points: 0 });

    const live = await load(own.assessmentId);
    expect(live?.regional?.n).toBe(5);
    expect(live?.regional?.items?.[ITEM]).toMatchObject({ counts: { concrete_plans: 4, fully_in_place: 1, not_planned: 0 } });
    expect(live?.overall?.n).toBeGreaterThanOrEqual(15);

    // One member opts out: the region falls to 4 and shows nothing.
    await client.agency.update({ where: { id: members[2]!.agencyId }, data: { liveCohortOptOut: true } });
    expect((await load(own.assessmentId))?.regional).toBeNull();
  });

  it("freezes a region and round into a dataset version that reproduces its figures after more approvals", async () => {
    const now = new Date("2027-06-30T12:00:00Z");
    for (const points of [0, 1, 1, 2] as const) await agencyWith({ region: "EUROPE", points, round: 2027 });
    // Another round of the region and another region: never in the frozen cohort of Europe 2027.
    await agencyWith({ region: "EUROPE", points: 3, round: 2026 });
    await agencyWith({ region: "AP", points: 3, round: 2027 });
    expect((await buildFrozenDataset({ region: "EUROPE", round: 2027, version: "2027.1", now }, client)).dataset).toBeNull();

    await agencyWith({ region: "EUROPE", points: 3, round: 2027 });
    const { agencies, dataset } = await buildFrozenDataset({ region: "EUROPE", round: 2027, version: "2027.1", now }, client);
    expect(agencies).toBe(5);
    expect(dataset).toMatchObject({ id: "live-europe-2027", datasetVersion: "2027.1", n: 5, surveyYear: 2027, region: "EUROPE" });
    expect(dataset?.source).toBe("approved assessments in this installation (instrument 2026.1), round 2027, frozen on 2027-06-30");
    expect(dataset?.items?.[ITEM]).toMatchObject({ counts: { not_planned: 1, concrete_plans: 2, in_development: 1, fully_in_place: 1 } });
    await client.benchmarkDataset.create({
      data: { datasetId: dataset!.id, version: dataset!.datasetVersion, status: "PUBLISHED", publishedAt: now, content: dataset! },
    });
    const scoreAgainstFrozen = async () => {
      const frozen = (await loadScoringDatasets(client)).find((candidate) => candidate.id === "live-europe-2027")!;
      return scoreAssessment(answersAll(2), [frozen]).comparisons[0]!;
    };
    const before = await scoreAgainstFrozen();

    // Three more approvals in Europe 2027: the live cohort moves, the frozen version does not.
    for (const points of [3, 3, 3] as const) await agencyWith({ region: "EUROPE", points, round: 2027 });
    const after = await scoreAgainstFrozen();
    expect(after).toEqual(before);
    expect(after.cohort).toMatchObject({ datasetVersion: "2027.1", n: 5 });
    expect(after.dimensions.strategy.itemDistributions?.cohortScore).toBeCloseTo(((0 + 1 + 1 + 2 + 3) / 5 / 3) * 100, 9);
    const refrozen = await buildFrozenDataset({ region: "EUROPE", round: 2027, version: nextFrozenVersion(2027, ["2027.1"]), now }, client);
    expect(refrozen.dataset).toMatchObject({ datasetVersion: "2027.2", n: 8 });
    expect(datasetSchema.safeParse(refrozen.dataset).success).toBe(true);
  });
});
