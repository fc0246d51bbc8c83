import { execFileSync } from "node:child_process";
import { expect, signIn, test } from "./fixtures";
import { startAppInstance, type AppInstance } from "./support/app-instances";
import { isPostgresRun } from "./support/server-database";
import { hashPassword } from "@/lib/auth/password";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { createPrismaClient } from "@/lib/db-client";
import { snapshotCreateData } from "@/lib/data/snapshots/typed-scores";
import { writeScoreSnapshot } from "@/lib/data/snapshots/write-snapshot";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { instrument } from "@/lib/questionnaire/instrument";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { randomAnswers, seededRandom } from "@/lib/testing/random-answers";

/*
 * The P2029 case of issue #9 as a user meets it: with about a thousand approved assessments from other
 * agencies, every results page failed (the live-cohort query passed one parameter per agency; 997 was too
 * many). The live cohorts are global, so this journey has a database and an app instance of its own: 1,200
 * approved agencies would change every other journey's cohort figures.
 */
test.describe.configure({ mode: "serial" });

const OTHERS = 1200;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 3;
const PASSWORD = "Large-cohort-2026-pes";
const EMAIL = "respondent@large-cohort.test";
let app: AppInstance | undefined;
let client: PrismaClient | undefined;
let assessmentId = "";

/** Beside the suite's database: another SQLite file, or another database on the same PostgreSQL server. */
function ownDatabaseUrl(): string {
  if (!isPostgresRun()) return "file:./e2e/.tmp/large-cohort.db";
  const url = new URL(process.env.E2E_DATABASE_URL!);
  url.pathname = `/pes_e2e_large_cohort_${PORT}`;
  return url.toString();
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const url = ownDatabaseUrl();
  // Made as scripts/e2e-server.sh makes the suite's: emptied, migrated, the built-in datasets seeded.
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync("npx", ["tsx", "scripts/db/fresh-database.ts", url], { env, stdio: "pipe" });
  execFileSync("npm", ["run", "--silent", "db:deploy"], { env, stdio: "pipe" });
  execFileSync("npm", ["run", "--silent", "db:seed"], { env, stdio: "pipe" });
  client = createPrismaClient(url);

  // The respondent's agency, with one approved assessment scored by the app's own writer.
  const agency = await client.agency.create({ data: { name: "Agencia de empleo grande", countryCode: "MX", region: "LAC" } });
  const user = await client.user.create({
    data: { email: EMAIL, name: "Large cohort respondent", passwordHash: await hashPassword(PASSWORD), role: "RESPONDENT", agencyId: agency.id },
  });
  const random = seededRandom(9);
  const answers = randomAnswers(random, 2);
  await client.$transaction(async (tx) => {
    ({ id: assessmentId } = await tx.assessment.create({
      data: {
        agencyId: agency.id, round: 2026, status: "APPROVED", instrumentVersion: instrument.version, createdById: user.id,
        submittedAt: new Date(), approvedAt: new Date(),
        answers: { create: Object.entries(answers).map(([itemId, entry]) => ({ itemId, value: entry.value, otherText: entry.otherText ?? null, updatedById: user.id })) },
      },
    }));
    await writeScoreSnapshot(tx, { assessmentId, answers, createdById: user.id });
  });

  // 1,200 other agencies of the region, each with an approved, scored assessment (typed columns as stored at submission).
  const ids = Array.from({ length: OTHERS }, (_, i) => `large-${String(i).padStart(4, "0")}`);
  const { dimensions, ...snapshot } = snapshotCreateData({ assessmentId: "", scores: scoreAssessment(randomAnswers(random, 2.5), getBuiltinDatasets()), createdById: user.id });
  await client.agency.createMany({ data: ids.map((id) => ({ id, name: `Agency ${id}`, countryCode: "BR", region: "LAC" as const })) });
  await client.assessment.createMany({
    data: ids.map((id) => ({ id, agencyId: id, round: 2026, status: "APPROVED" as const, instrumentVersion: instrument.version, createdById: user.id, submittedAt: new Date(), approvedAt: new Date() })),
  });
  await client.scoreSnapshot.createMany({ data: ids.map((id) => ({ ...snapshot, id, assessmentId: id, currentForId: id })) });
  await client.snapshotDimension.createMany({ data: ids.flatMap((id) => dimensions.createMany.data.map((d) => ({ ...d, snapshotId: id }))) });

  app = await startAppInstance(PORT, 120_000, { E2E_DATABASE_URL: url });
});

test.afterAll(async () => {
  await app?.stop();
  await client?.$disconnect();
});

test("with 1,200 approved agencies in the region, the results page renders the live cohort figures", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: app!.origin });
  const page = await context.newPage();
  await signIn(page, EMAIL, PASSWORD);
  await expect(page).toHaveURL(/\/assessments/);
  const response = await page.goto(`/assessments/${assessmentId}/results`);
  expect(response?.status()).toBe(200);
  // Both live cohorts (the region, then every region) count the 1,200 others, never the agency itself.
  const figures = page.getByRole("cell", { name: /^median [\d.,]+ \(min [\d.,]+ – max [\d.,]+\), n = 1,?200$/ });
  await expect(figures.first()).toBeVisible();
  // The region's cohort and the all-regions cohort, side by side: both count the 1,200 others.
  expect(await figures.count()).toBeGreaterThanOrEqual(2);
  await context.close();
});
