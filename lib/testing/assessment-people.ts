import type { SessionUser } from "@/lib/auth/access";
import type { TestDatabase } from "./test-database";

/*
 * The people of the assessment integration tests: two agencies (agency-a, LAC; agency-b, AP), a respondent
 * and a colleague of agency-a, a respondent of agency-b and a coordinator. Each test file owns its database.
 */

export function testUser(id: string, role: SessionUser["role"], agencyId: string | null): SessionUser {
  return { id, email: `${id}@test.example`, name: id, role, agencyId, language: "en" };
}

export const alice = testUser("alice", "RESPONDENT", "agency-a");
export const colleague = testUser("colleague", "RESPONDENT", "agency-a");
export const bob = testUser("bob", "RESPONDENT", "agency-b");
export const coordinator = testUser("coord", "COORDINATOR", null);

/** Migrates the test database, then writes the two agencies and the four people above. */
export async function seedAssessmentPeople(database: TestDatabase): Promise<void> {
  await database.migrate();
  for (const [id, region] of [["agency-a", "LAC"], ["agency-b", "AP"]] as const) {
    await database.client.agency.create({ data: { id, name: id, countryCode: "MX", region } });
  }
  for (const u of [alice, colleague, bob, coordinator]) {
    await database.client.user.create({ data: { id: u.id, email: u.email, name: u.name, role: u.role, agencyId: u.agencyId } });
  }
}
