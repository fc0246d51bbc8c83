import { spawn, type ChildProcess } from "node:child_process";

/**
 * Further app instances for the multi-instance journey: `next start` of the suite's build, started by
 * scripts/e2e-app.sh (the e2e server's own settings: same AUTH_SECRET, same E2E_DATABASE_URL, which these
 * processes inherit), each on its own port. The main e2e server has already migrated and seeded the database.
 */
export type AppInstance = { origin: string; stop: () => Promise<void> };

async function waitUntilServing(origin: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The instance on ${origin} exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${origin}/sign-in`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The instance on ${origin} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
}

/** `env` adds to or overrides the suite's settings (e.g. another E2E_DATABASE_URL for a journey of its own). */
export async function startAppInstance(port: number, timeoutMs = 120_000, env: Record<string, string> = {}): Promise<AppInstance> {
  const origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it also stops the `next start` the script execs into via npx.
  const child = spawn("bash", ["scripts/e2e-app.sh", String(port)], { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  try {
    await waitUntilServing(origin, child, () => log, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}
