import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_USERS } from "./demo-data";

/** Idempotent: upserts by fixed agency id and user email; existing rows are left as they are. */
export async function seedDemo(db: PrismaClient): Promise<void> {
  for (const agency of DEMO_AGENCIES) {
    await db.agency.upsert({ where: { id: agency.id }, create: agency, update: {} });
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await db.user.upsert({
      where: { email: user.email },
      create: { ...user, passwordHash },
      update: {}, // never overwrite a password someone has since changed
    });
  }
  console.log(`Demo data: ${DEMO_AGENCIES.length} agencies, ${DEMO_USERS.length} users (password: ${DEMO_PASSWORD})`);
}
