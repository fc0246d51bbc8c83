import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import type { Dataset } from "@/lib/benchmarks/dataset-schema";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { createReportTranslator } from "@/lib/reports/translator";
import { fail, ok, type Result } from "@/lib/result";
import { buildLiveDataset } from "@/lib/scoring/live-items";
import { checkReadAccess } from "../assessments/access";
import { cachedByCohortStamp } from "../score-figures/cohort-stamp";
import { countCohortAnswers, subtractCounts, sumCounts, type SqlClient } from "./count-answers";
import { isoDate, liveCohortName } from "./live-datasets";

export type LiveItemDatasets = {
  region: string;
  /** `null`: fewer than 5 other approved agencies of the region (nothing is shown). */
  regional: Dataset | null;
  overall: Dataset | null;
};

type Client = SqlClient & Pick<PrismaClient, "assessment">;

/**
 * The item-level live cohorts of an assessment: approved assessments of other agencies on the same
 * instrument version, in its region and in all regions, as datasets to compare with (each agency's latest
 * approved round; opted-out agencies and the agency itself never count; ≥ 5 agencies per item figure).
 * Not stored: live figures move with every approval; a coordinator freezes one to cite it stably.
 * No access check: see getLiveItemDatasets. An unknown assessment is `notFound`.
 */
export async function loadLiveItemDatasets(
  assessmentId: string,
  options: { locale?: Locale; now?: Date; client?: Client } = {},
): Promise<Result<LiveItemDatasets>> {
  const { locale = "en", now = new Date(), client = db } = options;
  const own = await client.assessment.findUnique({
    where: { id: assessmentId },
    select: { agencyId: true, instrumentVersion: true, agency: { select: { region: true } } },
  });
  if (!own) return fail("notFound");
  // Every agency's counts, once per cohort stamp (shared by all results pages and reports); then the own
  // agency's member, counted by the same SQL, is taken out (exact: counts are sums).
  const version = own.instrumentVersion;
  const [everyAgency, ownMember] = await Promise.all([
    cachedByCohortStamp(client, `live-items:${version}`, () => countCohortAnswers({ instrumentVersion: version }, client, { offMainThread: true })),
    countCohortAnswers({ instrumentVersion: version, onlyAgencyId: own.agencyId }, client),
  ]);
  const region = own.agency.region;
  const source = createReportTranslator(locale)("study.live.source", { version: own.instrumentVersion, date: isoDate(now) });
  const meta = { datasetVersion: "live", year: now.getUTCFullYear(), source };
  const regionalCounts = everyAgency.has(region) ? subtractCounts(everyAgency.get(region)!, ownMember.get(region)) : undefined;
  return ok({
    region,
    regional: regionalCounts
      ? buildLiveDataset(regionalCounts, { ...meta, id: `live-${region.toLowerCase().replace(/_/g, "-")}`, name: liveCohortName(region), region })
      : null,
    overall: buildLiveDataset(subtractCounts(sumCounts(everyAgency.values()), sumCounts(ownMember.values())), { ...meta, id: "live-all", name: liveCohortName(null), region: "ALL" }),
  });
}

/** The item-level live cohorts for a user who may read the assessment; the access refusal otherwise. */
export async function getLiveItemDatasets(user: SessionUser, assessmentId: string, locale: Locale): Promise<Result<LiveItemDatasets>> {
  const access = await checkReadAccess(user, assessmentId);
  if (!access.ok) return access;
  return loadLiveItemDatasets(assessmentId, { locale });
}
