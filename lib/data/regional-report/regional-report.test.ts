import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { instrument } from "@/lib/questionnaire/instrument";
import type { Answers } from "@/lib/questionnaire/types";
import { answersAll } from "@/lib/scoring/fixtures";
import { renderRegionalReport } from "@/lib/study/pdf/render-regional-report";
import { deployMigrations } from "@/scripts/db/migrate";
import { createScoreSnapshot } from "../snapshots";
import { loadRegionalReport } from "./get-regional-report";

// Integration test on a freshly migrated SQLite database: the regional report aggregates the approved
// assessments of one region and round in SQL; below 5 agencies it shows participation only; agencies are
// named only in the named annex, and only those that consented.

const dir = mkdtempSync(path.join(tmpdir(), "regional-report-"));
const url = `file:${path.join(dir, "test.db")}`;
let client: PrismaClient;
let userId: string;
let counter = 0;
const ROUND = 2031;

async function agencyWith(input: { region: "LAC" | "AP"; points: 0 | 1 | 2 | 3; consent?: boolean; optOut?: boolean; round?: number; status?: "APPROVED" | "SUBMITTED"; extra?: Answers; country?: string }) {
  counter += 1;
  const agency = await client.agency.create({
    data: { name: `Named Agency ${counter}`, countryCode: input.country ?? "MX", region: input.region, studyNamingConsent: input.consent ?? false, liveCohortOptOut: input.optOut ?? false },
  });
  const assessment = await client.assessment.create({
    data: { agencyId: agency.id, round: input.round ?? ROUND, status: input.status ?? "APPROVED", instrumentVersion: instrument.version, createdById: userId },
  });
  const answers = { ...answersAll(input.points), ...input.extra };
  await client.answer.createMany({
    data: Object.entries(answers).map(([itemId, entry]) => ({ assessmentId: assessment.id, itemId, value: entry.value, updatedById: userId })),
  });
  await createScoreSnapshot(client, { assessmentId: assessment.id, answers, createdById: userId });
  return agency;
}

const load = (annex: "none" | "named" = "none") =>
  loadRegionalReport({ region: "LAC", round: ROUND, annex }, { client, now: new Date("2031-06-01T00:00:00Z") });

function pdfText(pdf: Buffer): string {
  const file = path.join(dir, `r-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

beforeAll(async () => {
  await deployMigrations({ url, log: () => {} });
  client = createPrismaClient(url);
  userId = (await client.user.create({ data: { email: "t@example.org", name: "T", role: "ADMIN" } })).id;
}, 60_000);

afterAll(async () => {
  await client?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("the regional report from the database", () => {
  it("gives participation only with 4 agencies, every figure with 5; other regions, rounds, statuses and opted-out agencies never count", async () => {
    // Noise that must never count in LAC round 2031.
    await agencyWith({ region: "AP", points: 0 });
    await agencyWith({ region: "LAC", points: 0, round: ROUND - 1 });
    await agencyWith({ region: "LAC", points: 0, status: "SUBMITTED" });
    await agencyWith({ region: "LAC", points: 0, optOut: true, consent: true });

    const barriers = (ticked: string[]): Answers => ({ "context.barriers": { value: ticked } });
    await agencyWith({ region: "LAC", points: 3, consent: true, extra: barriers(["silos", "legal"]) });
    await agencyWith({ region: "LAC", points: 2, country: "BR", extra: barriers(["silos"]) });
    await agencyWith({ region: "LAC", points: 1, consent: true, country: "CL", extra: barriers(["silos"]) });
    await agencyWith({ region: "LAC", points: 0, extra: barriers(["legal"]) });

    let report = await load("named");
    expect(report.agencies).toBe(4);
    expect(report.countries).toBe(3);
    expect(report.isShown).toBe(false);
    expect(report.items).toEqual([]);
    expect(report.barriers).toEqual([]);
    expect(report.dimensions.every((d) => d.figure === null && d.stages === null)).toBe(true);
    expect(report.indices).toEqual({ digital_maturity: null, youth_readiness: null });
    // Below the threshold even a named annex is withheld: 2 consenting agencies of 4 would be half the cohort.
    expect(report.annex).toBeNull();

    await agencyWith({ region: "LAC", points: 3, extra: barriers(["silos"]) });
    report = await load();
    expect(report.agencies).toBe(5);
    expect(report.isShown).toBe(true);
    const strategy = report.dimensions.find((d) => d.dimension === "strategy")!;
    // Scores 100, 67, 33, 0, 100 → median 67; stages counted per agency.
    expect(strategy.figure).toMatchObject({ n: 5, min: 0, max: 100 });
    expect(strategy.figure!.median).toBeCloseTo(66.67, 1);
    expect(strategy.stages).toEqual({ initial: 1, emerging: 1, developing: 0, advanced: 1, leading: 2 });
    const national = report.items.find((item) => item.itemId === "strategy.national")!;
    expect(national.n).toBe(5);
    expect(national.options.find((o) => o.option === "fully_in_place")).toMatchObject({ count: 2, share: 0.4 });
    // Barriers: each option's share of the 5 agencies that answered, most cited first.
    expect(report.barriers.map((o) => [o.option, o.count])).toEqual([["silos", 4], ["legal", 2]]);
    // Without a named annex nothing names an agency.
    expect(report.annex).toBeNull();
    const text = pdfText(await renderRegionalReport(report, "fr"));
    expect(text).toContain("Rapport régional");
    expect(text).toContain("5 agences de 3 pays");
    expect(text).not.toMatch(/Named Agency/);
  }, 120_000);

  it("names, in the named annex only, the agencies that consented; an opted-out agency is never listed even with consent", async () => {
    const report = await load("named");
    expect(report.annex?.map((agency) => agency.name).sort()).toEqual(["Named Agency 5", "Named Agency 7"]);
    expect(report.annex?.find((a) => a.name === "Named Agency 5")?.dimensions.strategy).toBe(100);
    const text = pdfText(await renderRegionalReport(report, "en"));
    expect(text).toContain("Named Agency 5");
    expect(text).toContain("Named Agency 7");
    // Agencies 8 and 6 did not consent; 4 opted out of the live cohorts (consent or not).
    expect(text).not.toMatch(/Named Agency [468]\b/);
  }, 120_000);
});
