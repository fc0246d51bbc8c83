import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/access";
import { summariseRegions, type RegionalAgency } from "@/lib/coordinator/regional-summary";
import { parseSubmissionFilters } from "@/lib/coordinator/submission-filters";
import { toAssessmentsCsv } from "@/lib/exports/csv-rows";
import { exportStream } from "@/lib/exports/export-stream";
import { toAssessmentsJson } from "@/lib/exports/json-export";
import type { ExportRecord } from "@/lib/exports/types";
import { instrument } from "@/lib/questionnaire/instrument";
import { buildLiveCohort, type LiveCohortMember } from "@/lib/scoring/live-cohort";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { randomAnswers, seededRandom } from "@/lib/testing/random-answers";

/*
 * The aggregates computed by the database (live cohorts, regional view, exports) against the way they
 * were computed before, in memory from every snapshot's JSON (the reference below, kept as it was), on a
 * seeded data set with everything that can differ: several regions and rounds, every status, opted-out
 * and inactive agencies, superseded snapshots, insufficient dimensions, an older instrument version.
 * Then the P2029 case: 1,200 approved other agencies (Prisma refused the old query's id list from 997).
 */
const { testDatabase, testDb } = await vi.hoisted(async () => {
  const { createTestDatabase } = await import("@/lib/testing/test-database");
  const testDatabase = await createTestDatabase("score-aggregates");
  return { testDatabase, testDb: testDatabase.client };
});
vi.mock("@/lib/db", () => ({ db: testDb }));

const { loadLiveCohorts } = await import("./live-cohorts");
const { getRegionalOverview } = await import("./coordinator/get-regional-overview");
const { openExport } = await import("./exports/open-export");
const { toAnswers } = await import("./assessments/mappers");
const { readSnapshot } = await import("./snapshots/read-snapshot");
const { snapshotCreateData } = await import("./snapshots/typed-scores");

const coordinator: SessionUser = { id: "coord", email: "c@test.example", name: "C", role: "COORDINATOR", agencyId: null, language: "en" };
const REGIONS = ["LAC", "AP", "AFRICA", "EUROPE"] as const;
const STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "APPROVED"] as const;
const random = seededRandom(20260);

async function seed(): Promise<void> {
  await testDb.user.create({ data: { id: "u", email: "u@test.example", name: "U", role: "ADMIN" } });
  for (let i = 0; i < 70; i++) {
    const agency = await testDb.agency.create({
      data: {
        // Names that sort the same in any collation (the export's order is the database's).
        name: `Agency ${String(i).padStart(3, "0")}`,
        countryCode: "MX",
        region: REGIONS[i % REGIONS.length]!,
        active: i % 13 !== 5,
        liveCohortOptOut: i % 11 === 3,
      },
    });
    const rounds = 1 + (i % 3);
    for (let r = 0; r < rounds; r++) {
      const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
      const version = i % 17 === 0 && r === 0 ? "2025.1" : instrument.version;
      const answers = randomAnswers(random, random() * 3, i % 7 === 0 ? 0.45 : 0.1);
      const assessment = await testDb.assessment.create({
        data: { agencyId: agency.id, round: 2024 + r, status, instrumentVersion: version, createdById: "u", submittedAt: status === "DRAFT" ? null : new Date(Date.UTC(2026, 0, 1 + i)) },
      });
      await testDb.answer.createMany({
        data: Object.entries(answers).map(([itemId, entry]) => ({ assessmentId: assessment.id, itemId, value: JSON.stringify(entry.value), otherText: entry.otherText ?? null, updatedById: "u" })),
      });
      if (status === "DRAFT") continue;
      // Some assessments were returned and submitted again: the first snapshot is history.
      if (random() < 0.3) {
        const first = await testDb.scoreSnapshot.create({ data: snapshotCreateData({ assessmentId: assessment.id, scores: scoreAssessment(randomAnswers(random, 3), []), createdById: "u" }) });
        await testDb.scoreSnapshot.update({ where: { id: first.id }, data: { currentForId: null } });
      }
      const scores = { ...scoreAssessment(answers, []), instrumentVersion: version };
      await testDb.scoreSnapshot.create({ data: snapshotCreateData({ assessmentId: assessment.id, scores, createdById: "u" }) });
    }
  }
}

// ---- The reference: how these figures were computed before (every snapshot's JSON, in memory). ----

let snapshots = new Map<string, ReturnType<typeof readSnapshot>["scores"]>();
async function readAllSnapshots() {
  const rows = await testDb.scoreSnapshot.findMany({ where: { currentForId: { not: null } } });
  snapshots = new Map(rows.map((row) => [row.assessmentId, readSnapshot(row).scores]));
}
async function currentScores(assessmentId: string) {
  return snapshots.get(assessmentId) ?? null;
}

async function referenceLiveCohorts(assessmentId: string) {
  const own = await testDb.assessment.findUniqueOrThrow({ where: { id: assessmentId }, include: { agency: true } });
  const rows = await testDb.assessment.findMany({
    where: { status: "APPROVED", instrumentVersion: own.instrumentVersion, agencyId: { not: own.agencyId }, agency: { liveCohortOptOut: false } },
    orderBy: [{ round: "desc" }],
    include: { agency: true },
  });
  const latest = new Map<string, { region: string; member: LiveCohortMember }>();
  for (const row of rows) {
    const scores = await currentScores(row.id);
    if (!scores || latest.has(row.agencyId)) continue;
    latest.set(row.agencyId, { region: row.agency.region, member: { agencyId: row.agencyId, scores } });
  }
  const all = [...latest.values()];
  return {
    region: own.agency.region,
    regional: buildLiveCohort(all.filter((e) => e.region === own.agency.region).map((e) => e.member), own.instrumentVersion),
    overall: buildLiveCohort(all.map((e) => e.member), own.instrumentVersion),
  };
}

async function referenceRegions(round?: number) {
  const agencies = await testDb.agency.findMany({ where: { active: true } });
  const assessments = await testDb.assessment.findMany({ where: round ? { round } : {}, orderBy: { round: "desc" } });
  const members: RegionalAgency[] = [];
  for (const agency of agencies) {
    const own = assessments.filter((a) => a.agencyId === agency.id);
    const approved = own.find((a) => a.status === "APPROVED");
    const scores = approved ? await currentScores(approved.id) : null;
    members.push({ agencyId: agency.id, region: agency.region, status: own[0]?.status ?? null, approvedScores: scores });
  }
  return summariseRegions(members, instrument.version);
}

async function referenceExportRecords(): Promise<ExportRecord[]> {
  const rows = await testDb.assessment.findMany({ include: { agency: true, answers: true } });
  const records: ExportRecord[] = [];
  for (const row of rows) {
    const scores = await currentScores(row.id);
    records.push({
      id: row.id,
      agencyName: row.agency.name,
      countryCode: row.agency.countryCode,
      region: row.agency.region,
      round: row.round,
      status: row.status,
      instrumentVersion: row.instrumentVersion,
      submittedAt: row.submittedAt,
      approvedAt: row.approvedAt,
      answers: toAnswers(row.answers),
      scores,
    });
  }
  return records.sort((a, b) => a.agencyName.localeCompare(b.agencyName) || b.round - a.round);
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the byte-order mark (a plain decode would drop it).
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

const byRegion = <T extends { region: string }>(list: T[]) => [...list].sort((a, b) => a.region.localeCompare(b.region));

beforeAll(async () => {
  await testDatabase.migrate();
  await seed();
  await readAllSnapshots();
}, 120_000);

afterAll(async () => {
  await testDatabase.drop();
});

describe("aggregates in SQL give the figures computed before from the snapshots' JSON", () => {
  it("live cohorts, for every submitted assessment", { timeout: 120_000 }, async () => {
    const assessments = await testDb.assessment.findMany({ where: { status: { not: "DRAFT" } }, select: { id: true } });
    expect(assessments.length).toBeGreaterThan(40);
    let withFigures = 0;
    for (const { id } of assessments) {
      const expected = await referenceLiveCohorts(id);
      const actual = await loadLiveCohorts(id);
      expect(actual).toEqual({ ok: true, data: expected });
      if (expected.regional.dimensions.strategy) withFigures += 1;
    }
    // The data set is large enough for figures to exist, not only "fewer than 5".
    expect(withFigures).toBeGreaterThan(10);
  });

  it("the regional view, for the latest round and for a chosen round", async () => {
    for (const round of [undefined, 2024, 2025]) {
      const actual = await getRegionalOverview(coordinator, round);
      expect(actual.ok && byRegion(actual.data)).toEqual(byRegion(await referenceRegions(round)));
    }
    const latest = await getRegionalOverview(coordinator);
    expect(latest.ok && latest.data.some((r) => r.figures !== null)).toBe(true);
  });

  it("the CSV and JSON exports, streamed page by page", async () => {
    const expected = await referenceExportRecords();
    const filters = parseSubmissionFilters({});
    const csv = await openExport(coordinator, filters);
    if (!csv.ok) throw new Error(csv.error);
    expect(await csv.data.count()).toBe(expected.length);
    expect(await readAll(exportStream("csv", csv.data.pages, new Date(0)))).toBe(toAssessmentsCsv(expected));
    const json = await openExport(coordinator, filters);
    if (!json.ok) throw new Error(json.error);
    const parsed: unknown = JSON.parse(await readAll(exportStream("json", json.data.pages, new Date(0))));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(toAssessmentsJson(expected, new Date(0)))));
    // A filtered export is the filtered reference.
    const lac = await openExport(coordinator, parseSubmissionFilters({ region: "LAC", status: "APPROVED" }));
    if (!lac.ok) throw new Error(lac.error);
    const rows = Papa.parse<Record<string, string>>((await readAll(exportStream("csv", lac.data.pages, new Date(0)))).slice(1), { header: true }).data;
    expect(rows.map((r) => r.assessment_id)).toEqual(expected.filter((r) => r.region === "LAC" && r.status === "APPROVED").map((r) => r.id));
  });
});

describe("1,200 approved assessments from other agencies (the P2029 case)", () => {
  it("gives the live cohort figure", async () => {
    const own = await testDb.assessment.findFirstOrThrow({ where: { status: "APPROVED", instrumentVersion: instrument.version, agency: { region: "AFRICA" } } });
    const scores = scoreAssessment(randomAnswers(random, 2), []);
    const ids = Array.from({ length: 1200 }, (_, i) => `p2029-${String(i).padStart(4, "0")}`);
    await testDb.agency.createMany({ data: ids.map((id) => ({ id, name: id, countryCode: "SN", region: "AFRICA" })) });
    await testDb.assessment.createMany({ data: ids.map((id) => ({ id, agencyId: id, round: 2026, status: "APPROVED", instrumentVersion: instrument.version, createdById: "u" })) });
    const { dimensions, ...snapshot } = snapshotCreateData({ assessmentId: "", scores, createdById: "u" });
    await testDb.scoreSnapshot.createMany({ data: ids.map((id) => ({ ...snapshot, id, assessmentId: id, currentForId: id })) });
    await testDb.snapshotDimension.createMany({ data: ids.flatMap((id) => dimensions.createMany.data.map((d) => ({ ...d, snapshotId: id }))) });
    await readAllSnapshots();

    const result = await loadLiveCohorts(own.id);
    expect(result).toEqual({ ok: true, data: await referenceLiveCohorts(own.id) });
    const live = result.ok ? result.data : null;
    expect(live!.regional.agencies).toBeGreaterThan(1200);
    expect(live!.regional.dimensions.strategy!.n).toBeGreaterThan(1200);
    const regions = await getRegionalOverview(coordinator);
    expect(regions.ok && regions.data.find((r) => r.region === "AFRICA")!.approved).toBeGreaterThan(1200);
  }, 120_000);
});
