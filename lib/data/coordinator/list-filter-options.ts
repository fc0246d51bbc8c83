import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { db } from "@/lib/db";

/** The countries and rounds that exist, for the overview's filter menus (two small DISTINCT queries). */
export async function listFilterOptions(user: SessionUser): Promise<{ countries: string[]; rounds: number[] }> {
  if (!hasPermission(user.role, "assessment:view-all")) return { countries: [], rounds: [] };
  const [countries, rounds] = await Promise.all([
    db.agency.findMany({ distinct: ["countryCode"], select: { countryCode: true }, orderBy: { countryCode: "asc" } }),
    db.assessment.findMany({ distinct: ["round"], select: { round: true }, orderBy: { round: "desc" } }),
  ]);
  return { countries: countries.map((c) => c.countryCode), rounds: rounds.map((r) => r.round) };
}
