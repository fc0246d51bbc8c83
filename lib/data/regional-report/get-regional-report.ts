import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { instrument } from "@/lib/questionnaire/instrument";
import { fail, ok, type Result } from "@/lib/result";
import { buildRegionalReport, studiesForRegion, type RegionalReport } from "@/lib/study/regional-report";
import type { RegionalReportQuery } from "@/lib/study/schemas";
import { countCohortAnswers, countCountries, type CohortSelection } from "../live-items/count-answers";
import { loadScoringDatasets } from "../snapshots";
import { loadDimensionFigures } from "./dimension-figures";
import { loadNamedAnnex } from "./named-annex";

type Client = Parameters<typeof loadScoringDatasets>[0] & Parameters<typeof countCohortAnswers>[1];

/**
 * The regional report of a region and round: the approved assessments of that round on the current
 * instrument, opted-out agencies left out, aggregated by the database (a handful of grouped queries,
 * whatever the number of assessments). No access check: see getRegionalReport.
 */
export async function loadRegionalReport(
  query: RegionalReportQuery,
  options: { client?: Client; now?: Date; instrumentVersion?: string } = {},
): Promise<RegionalReport> {
  const client = options.client ?? db;
  const instrumentVersion = options.instrumentVersion ?? instrument.version;
  const selection: CohortSelection = { instrumentVersion, region: query.region, round: query.round };
  const [counts, countries, dimensions, datasets, annex] = await Promise.all([
    countCohortAnswers(selection, client, { offMainThread: true }),
    countCountries(selection, client),
    loadDimensionFigures(selection, client),
    loadScoringDatasets(client),
    query.annex === "named" ? loadNamedAnnex(selection, client) : Promise.resolve(null),
  ]);
  return buildRegionalReport({
    region: query.region,
    round: query.round,
    instrumentVersion,
    counts: counts.get(query.region),
    countries,
    dimensions: dimensions.dimensions,
    indices: dimensions.indices,
    studies: studiesForRegion(datasets, query.region),
    annex,
    generatedAt: options.now ?? new Date(),
  });
}

/** The regional report for coordinators and administrators; anyone else is refused. */
export async function getRegionalReport(user: SessionUser, query: RegionalReportQuery, now = new Date()): Promise<Result<RegionalReport>> {
  if (!hasPermission(user.role, "assessment:view-all")) return fail("forbidden");
  return ok(await loadRegionalReport(query, { now }));
}
