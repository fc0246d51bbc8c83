/**
 * Creates (or re-activates) an administrator on any database, for a production install without demo data:
 *   ADMIN_PASSWORD='…' npm run admin:create -- --email admin@example.org --name "Jane Doe"
 * The password comes from the environment so it stays out of the shell history's argument list.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db-client";
import { getEnv } from "@/lib/env";

const inputSchema = z.object({
  email: z.email().transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1),
  password: z.string().min(PASSWORD_MIN_LENGTH, `ADMIN_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters`),
});

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const parsed = inputSchema.safeParse({ ...values, password: process.env.ADMIN_PASSWORD ?? "" });
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"));
    process.exit(1);
  }
  const { email, name, password } = parsed.data;
  const db = createPrismaClient(getEnv().DATABASE_URL);
  try {
    const passwordHash = await hashPassword(password);
    await db.user.upsert({
      where: { email },
      create: { email, name, role: "ADMIN", passwordHash },
      update: { name, role: "ADMIN", passwordHash, active: true, agencyId: null },
    });
    console.log(`Administrator ${email} is ready to sign in.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
