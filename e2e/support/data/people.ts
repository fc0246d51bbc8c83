import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Region, Role } from "@/lib/generated/prisma/enums";
import { e2eDb } from "./client";

/** The password of every account the helpers create (the app's bcrypt cost: no rehash at sign-in). */
export const E2E_PASSWORD = "E2e-journey-2026-pes";

/** A suffix unique to this call in this run (workers and retries included): names never collide. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${uniqueSuffix()}@e2e.test`;
}

export type TestAgency = { id: string; name: string; countryCode: string; region: Region };
export type TestUser = { id: string; email: string; password: string; name: string; role: Role; agencyId: string | null; home: string };

const HOME: Record<Role, string> = { RESPONDENT: "/assessments", COORDINATOR: "/coordinator", ADMIN: "/admin" };

/**
 * A new agency with a unique name. It stays out of the live cohorts unless `liveCohorts` is set, so that
 * no other journey's regional figures count it.
 */
export async function createAgency(input: { name?: string; countryCode?: string; region?: Region; language?: string; liveCohorts?: boolean } = {}): Promise<TestAgency> {
  const agency = await e2eDb().agency.create({
    data: {
      name: `${input.name ?? "E2E agency"} ${uniqueSuffix()}`,
      countryCode: input.countryCode ?? "MX",
      region: input.region ?? "LAC",
      language: input.language ?? "en",
      liveCohortOptOut: !input.liveCohorts,
    },
  });
  return { id: agency.id, name: agency.name, countryCode: agency.countryCode, region: agency.region };
}

const hashes = new Map<string, Promise<string>>();
/** bcrypt at the app's cost is slow on purpose: one hash per password and worker is enough for tests. */
function hashOf(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

/**
 * A new user of the role (a respondent belongs to `agencyId`) with a known password; `password: null`
 * leaves the account without one (an invitation not yet accepted).
 */
export async function createUser(input: { role: Role; agencyId?: string; name?: string; email?: string; password?: string | null; language?: string }): Promise<TestUser> {
  const password = input.password === undefined ? E2E_PASSWORD : input.password;
  const email = input.email ?? uniqueEmail(input.role.toLowerCase());
  const user = await e2eDb().user.create({
    data: {
      email,
      name: input.name ?? `E2E ${input.role.toLowerCase()} ${email.split("@")[0]!.slice(-6)}`,
      passwordHash: password === null ? null : await hashOf(password),
      role: input.role,
      agencyId: input.role === "RESPONDENT" ? (input.agencyId ?? null) : null,
      language: input.language ?? "en",
    },
  });
  return { id: user.id, email, password: password ?? "", name: user.name, role: user.role, agencyId: user.agencyId, home: HOME[user.role] };
}

export const createCoordinator = (input: { name?: string } = {}) => createUser({ role: "COORDINATOR", ...input });
export const createAdmin = (input: { name?: string } = {}) => createUser({ role: "ADMIN", ...input });

/** A new agency with one respondent: what most respondent journeys start from. */
export async function createAgencyWithRespondent(agency: Parameters<typeof createAgency>[0] = {}, respondent: { name?: string; language?: string } = {}) {
  const created = await createAgency(agency);
  return { agency: created, respondent: await createUser({ role: "RESPONDENT", agencyId: created.id, ...respondent }) };
}
