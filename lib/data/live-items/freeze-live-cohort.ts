import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { datasetSchema, type Dataset } from "@/lib/benchmarks/dataset-schema";
import { db } from "@/lib/db";
import { instrument } from "@/lib/questionnaire/instrument";
import { createReportTranslator } from "@/lib/reports/translator";
import { fail, type Result } from "@/lib/result";
import { MIN_LIVE_COHORT } from "@/lib/scoring/live-cohort";
import { buildLiveDataset } from "@/lib/scoring/live-items";
import type { FreezeCohortInput } from "@/lib/study/schemas";
import { importDatasetVersion } from "../datasets";
import { countCohortAnswers, type SqlClient } from "./count-answers";
import { frozenDatasetId, isoDate, liveCohortName } from "./live-datasets";

/** `2027.1`, then `2027.2` when the cohort of 2027 is frozen again (later approvals): never replaced. */
export function nextFrozenVersion(round: number, existing: readonly string[]): string {
  let k = 1;
  while (existing.includes(`${round}.${k}`)) k += 1;
  return `${round}.${k}`;
}

/**
 * The approved assessments of one region and round on the current instrument (opted-out agencies left
 * out) as a dataset: per item and option, shares and counts, each item figure from ≥ 5 agencies. Its
 * source says where the figures come from and when they were frozen. No dataset below 5 agencies.
 */
export async function buildFrozenDataset(
  input: FreezeCohortInput & { version: string; now: Date },
  client: SqlClient = db,
): Promise<{ agencies: number; dataset: Dataset | null }> {
  const counts = (await countCohortAnswers({ instrumentVersion: instrument.version, region: input.region, round: input.round }, client, { offMainThread: true })).get(input.region);
  if (!counts) return { agencies: 0, dataset: null };
  const source = createReportTranslator("en")("study.live.frozenSource", { version: instrument.version, round: input.round, date: isoDate(input.now) });
  const dataset = buildLiveDataset(counts, {
    id: frozenDatasetId(input.region, input.round),
    datasetVersion: input.version,
    name: liveCohortName(input.region, input.round),
    region: input.region,
    year: input.round,
    source,
  });
  // The same schema as every imported dataset: a frozen cohort that fails it is a bug here, so it throws.
  return { agencies: counts.agencies, dataset: dataset && datasetSchema.parse(dataset) };
}

/**
 * Freezes the live cohort of a region and round into a new DRAFT dataset version (coordinators and
 * administrators), to be previewed and published like an imported one. Reports that cite it stay
 * reproducible: later approvals go into a later version, never into this one.
 */
export async function freezeLiveCohort(user: SessionUser, input: FreezeCohortInput, now = new Date()): Promise<Result<{ id: string }>> {
  if (!hasPermission(user.role, "dataset:import")) return fail("forbidden");
  const datasetId = frozenDatasetId(input.region, input.round);
  const existing = await db.benchmarkDataset.findMany({ where: { datasetId }, select: { version: true } });
  const version = nextFrozenVersion(input.round, existing.map((row) => row.version));
  const { agencies, dataset } = await buildFrozenDataset({ ...input, version, now });
  if (!dataset) return fail("conflict", "study.freeze.errors.tooSmall", { params: { n: agencies, min: MIN_LIVE_COHORT } });
  return importDatasetVersion(user, dataset, "live");
}
