import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { db } from "@/lib/db";

/** The countries and rounds that exist, for the overview's filter menus (two GROUP BY queries). */
export async function listFilterOptions(user: SessionUser): Promise<{ countries: string[]; rounds: number[] }> {
  if (!hasPermission(user.role, "assessment:view-all")) return { countries: [], rounds: [] };
  const [countries, rounds] = await Promise.all([
    // GROUP BY in the database: Prisma's `distinct` reads every row and removes duplicates in the server
    // (100,000 assessments read for a handful of rounds).
    db.agency.groupBy({ by: ["countryCode"], orderBy: { countryCode: "asc" } }),
    db.assessment.groupBy({ by: ["round"], orderBy: { round: "desc" } }),
  ]);
  return { countries: countries.map((c) => c.countryCode), rounds: rounds.map((r) => r.round) };
}
