import type { SessionUser } from "@/lib/auth/access";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deployMigrations } from "@/scripts/db/migrate";

/*
 * The people of the assessment integration tests (two agencies, a colleague, a coordinator), written to a
 * freshly migrated temporary SQLite database. Each test file still owns its database and its mocks.
 */

export function testUser(id: string, role: SessionUser["role"], agencyId: string | null): SessionUser {
  return { id, email: `${id}@test.example`, name: id, role, agencyId, language: "en" };
}

export const alice = testUser("alice", "RESPONDENT", "agency-a");
export const colleague = testUser("colleague", "RESPONDENT", "agency-a");
export const bob = testUser("bob", "RESPONDENT", "agency-b");
export const coordinator = testUser("coord", "COORDINATOR", null);

/** Migrates the database at `url`, then adds agency-a (LAC), agency-b (AP) and the four people above. */
export async function seedAssessmentPeople(client: Pick<PrismaClient, "agency" | "user">, url: string): Promise<void> {
  await deployMigrations({ url, log: () => {} });
  for (const [id, region] of [["agency-a", "LAC"], ["agency-b", "AP"]] as const) {
    await client.agency.create({ data: { id, name: id, countryCode: "MX", region } });
  }
  for (const u of [alice, colleague, bob, coordinator]) {
    await client.user.create({ data: { id: u.id, email: u.email, name: u.name, role: u.role, agencyId: u.agencyId } });
  }
}
