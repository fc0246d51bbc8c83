import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { checkHealth, committedMigrationNames } from "@/lib/ops/health";

/**
 * The load balancers' health check (README, "Production deployment"): 200 when this instance can serve
 * (database reachable, this build's migrations applied), 503 otherwise. Public and cheap: two small queries,
 * no session, no secrets in the answer; the proxy does not run here (no redirect to sign-in).
 */
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await checkHealth(db, committedMigrationNames(getEnv().DATABASE_URL));
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
