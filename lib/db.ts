import { createPrismaClient } from "@/lib/db-client";
import { getEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// One client per process, kept on globalThis: dev-server reloads do not open new connections, the server's
// bundles share one connection pool, and the shutdown hook (lib/ops/graceful-shutdown.ts) finds it to close it.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = (globalForPrisma.prisma ??= createPrismaClient(getEnv().DATABASE_URL, { poolSize: getEnv().DATABASE_POOL_SIZE }));
