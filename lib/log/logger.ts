import pino from "pino";

/**
 * The server's one logger: one JSON line per event on stdout (pino), for a log collector to index.
 * Every line has `level` (as a word), `time` (ISO 8601), `event` (what happened: "request-error", "audit",
 * "refused"…) and, inside a request, `requestId` (the X-Request-Id of lib/log/request-id.ts).
 * Secrets never go in: values under the redacted paths are replaced, and callers pass ids, not payloads.
 * LOG_LEVEL (default info; "silent" in unit tests) is read here and not through lib/env.ts so that the
 * logger works before the environment is validated (it reports that validation's failure too).
 */
const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
type Level = (typeof LEVELS)[number];

function levelFromEnv(): Level {
  const wanted = process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info");
  return (LEVELS as readonly string[]).includes(wanted) ? (wanted as Level) : "info";
}

export function createLogger(destination?: pino.DestinationStream, level: Level = levelFromEnv()): pino.Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: ["password", "*.password", "token", "*.token", "authorization", "cookie", "*.cookie", "secret", "*.secret"], censor: "[redacted]" },
    },
    destination,
  );
}

export const logger = createLogger();

/** An error as a log field: its name, message and stack, never the objects it may carry. */
export function errorFields(error: unknown): { name: string; message: string; stack?: string; digest?: string } {
  if (!(error instanceof Error)) return { name: "NonError", message: typeof error === "string" ? error.slice(0, 500) : typeof error };
  const digest = (error as { digest?: unknown }).digest;
  return { name: error.name, message: error.message.slice(0, 2000), stack: error.stack, ...(typeof digest === "string" ? { digest } : {}) };
}
