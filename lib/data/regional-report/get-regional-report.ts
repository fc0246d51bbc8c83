import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { instrument } from "@/lib/questionnaire/instrument";
import { fail, ok, type Result } from "@/lib/result";
import { buildRegionalReport, studiesForRegion, type RegionalReport } from "@/lib/study/regional-report";
import type { RegionalReportQuery } from "@/lib/study/schemas";
import { countCohortAnswers, countCountries, type CohortSelection } from "../live-items/count-answers";
import { loadScoringDatasets } from "../snapshots";
import { loadDimensionFigures } from "./dimension-figures";

/**
 * The regional report of a region and round (coordinators and administrators): the approved assessments
 * of that round on the current instrument, opted-out agencies left out, aggregated by the database.
 */
export async function getRegionalReport(user: SessionUser, query: RegionalReportQuery, now = new Date()): Promise<Result<RegionalReport>> {
  if (!hasPermission(user.role, "assessment:view-all")) return fail("forbidden");
  const selection: CohortSelection = { instrumentVersion: instrument.version, region: query.region, round: query.round };
  const [counts, countries, dimensions, datasets] = await Promise.all([
    countCohortAnswers(selection),
    countCountries(selection),
    loadDimensionFigures(selection),
    loadScoringDatasets(),
  ]);
  return ok(
    buildRegionalReport({
      region: query.region,
      round: query.round,
      instrumentVersion: instrument.version,
      counts: counts.get(query.region),
      countries,
      dimensions: dimensions.dimensions,
      indices: dimensions.indices,
      studies: studiesForRegion(datasets, query.region),
      annex: null,
      generatedAt: now,
    }),
  );
}
