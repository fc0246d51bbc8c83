import { errorFields, logger } from "@/lib/log/logger";

/**
 * SIGTERM (a deployment, `docker stop`, systemd) ends the process without cutting requests short.
 * `next start` (Next.js 16, server/lib/start-server.js) already drains: on SIGTERM/SIGINT it stops accepting
 * connections, waits for the requests in flight to finish (http.Server#close), closes Next.js, then calls
 * process.exit(143) (Node's server.close also closes idle keep-alive connections, so a load balancer's next
 * probe finds the port closed). What it does not do is close the database client; this adds that step:
 * Next.js's final process.exit waits (at most DISCONNECT_TIMEOUT_MS) for the Prisma client to disconnect:
 * PostgreSQL sees its connections closed instead of dropped, SQLite checkpoints and removes its WAL file.
 * Wrapping process.exit is the only hook after Next.js's drain; it is installed only once a signal came.
 * scripts/ops/check-operations.ts proves it over HTTP: a request still sending its body when SIGTERM arrives
 * gets its full answer, new connections are refused, and the process exits 143 after "database closed".
 */
const DISCONNECT_TIMEOUT_MS = 5000;

type Disconnectable = { $disconnect(): Promise<void> };

let installed = false;

export function installGracefulShutdown(getClient: () => Disconnectable | undefined = processPrismaClient): void {
  if (installed) return;
  installed = true;
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    logger.info({ event: "shutdown", signal }, "draining in-flight requests");
    const exit = process.exit.bind(process);
    let exiting = false;
    process.exit = ((code?: number) => {
      if (exiting) return undefined as never;
      exiting = true;
      void disconnect(getClient()).finally(() => exit(code));
      return undefined as never;
    }) as typeof process.exit;
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

async function disconnect(client: Disconnectable | undefined): Promise<void> {
  if (!client) return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([client.$disconnect(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("disconnect timed out")), DISCONNECT_TIMEOUT_MS)))]);
    logger.info({ event: "shutdown", step: "database closed" }, "database closed");
  } catch (error) {
    logger.error({ event: "shutdown", step: "database close failed", err: errorFields(error) }, "database close failed");
  } finally {
    clearTimeout(timer);
  }
}

/** The process's one Prisma client, if a request created it (lib/db.ts keeps it on globalThis). */
function processPrismaClient(): Disconnectable | undefined {
  return (globalThis as unknown as { prisma?: Disconnectable }).prisma;
}
