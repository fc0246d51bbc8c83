// Runs once when the server starts: a misconfigured environment stops start-up with a clear message
// instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("@/lib/env");
    const env = getEnv();
    const { installSocketGuard } = await import("@/lib/security/socket-guard");
    installSocketGuard(env.TRUST_PROXY);
  }
}
