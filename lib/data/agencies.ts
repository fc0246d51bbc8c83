import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { recordAudit } from "./audit";

export type AgencyCohortSetting = { agencyId: string; name: string; region: string; liveCohortOptOut: boolean; studyNamingConsent: boolean };

/** The agency's live-cohort setting; its users, coordinators and admins may read it. */
export async function getAgencyCohortSetting(user: SessionUser, agencyId: string): Promise<AgencyCohortSetting | null> {
  if (user.role === "RESPONDENT" && user.agencyId !== agencyId) return null;
  const agency = await db.agency.findUnique({ where: { id: agencyId }, select: { id: true, name: true, region: true, liveCohortOptOut: true, studyNamingConsent: true } });
  return agency && { agencyId: agency.id, name: agency.name, region: agency.region, liveCohortOptOut: agency.liveCohortOptOut, studyNamingConsent: agency.studyNamingConsent };
}

/**
 * Opts the user's own agency out of (or back into) the live cohorts (methodology §5). Only the agency's
 * respondents decide it; the change is audited.
 */
export async function setLiveCohortOptOut(user: SessionUser, optOut: boolean): Promise<Result<{ optOut: boolean }>> {
  if (user.role !== "RESPONDENT" || user.agencyId === null) return fail("forbidden");
  const agencyId = user.agencyId;
  await db.$transaction(async (tx) => {
    await tx.agency.update({ where: { id: agencyId }, data: { liveCohortOptOut: optOut } });
    await recordAudit(
      { actorId: user.id, actorEmail: user.email, action: "agency.live_cohort_opt_out", entityType: "Agency", entityId: agencyId, details: { optOut } },
      tx,
    );
  });
  return ok({ optOut });
}

/**
 * The user's own agency agrees (or no longer agrees) to be named in the annex of regional reports. Only the
 * agency's respondents decide it; coordinators still choose whether a report has a named annex. Audited.
 */
export async function setStudyNamingConsent(user: SessionUser, consent: boolean): Promise<Result<{ consent: boolean }>> {
  if (user.role !== "RESPONDENT" || user.agencyId === null) return fail("forbidden");
  const agencyId = user.agencyId;
  await db.$transaction(async (tx) => {
    await tx.agency.update({ where: { id: agencyId }, data: { studyNamingConsent: consent } });
    await recordAudit(
      { actorId: user.id, actorEmail: user.email, action: "agency.study_naming_consent", entityType: "Agency", entityId: agencyId, details: { consent } },
      tx,
    );
  });
  return ok({ consent });
}
