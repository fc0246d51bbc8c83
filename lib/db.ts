import { createPrismaClient } from "@/lib/db-client";
import { getEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// One client per process; kept on globalThis so that dev-server reloads do not open new connections.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(getEnv().DATABASE_URL);

if (getEnv().NODE_ENV !== "production") globalForPrisma.prisma = db;
