import { z } from "zod";

/**
 * Environment variables, validated once. Only lib/ reads process.env.
 * In production a missing AUTH_SECRET stops start-up: sessions signed with a guessable key are worse than no app.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    NEXT_PHASE: z.string().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must start with file: (SQLite) or postgresql://")
      .default("file:./data/dev.db"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    APP_URL: z.url().default("http://localhost:3000"),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("PES Digital Maturity <no-reply@localhost>"),
    LOGIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().positive().default(5),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(30),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
    // Reverse proxies in front of the app that append to X-Forwarded-For: 0 (none, the default), or their
    // number; "true" means one. Only their entries are believed (lib/security/client-address.ts).
    TRUST_PROXY: z
      .string()
      .default("0")
      .transform((value) => (value === "true" ? 1 : value === "false" || value === "" ? 0 : Number(value)))
      .pipe(z.number("TRUST_PROXY must be 0, true or a number of proxies").int().min(0).max(10)),
    // Sessions end after this long without a request, and in any case this long after sign-in.
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(12),
    // PostgreSQL connections each app process may open (pg's pool `max`); ignored on SQLite.
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    // The structured log's threshold (lib/log/logger.ts reads it directly, to log before this validation).
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .superRefine((env, ctx) => {
    // `next build` runs in production mode but signs nothing: the secret is checked when the server starts.
    const isBuilding = env.NEXT_PHASE === "phase-production-build";
    if (env.NODE_ENV === "production" && !isBuilding && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "AUTH_SECRET is required in production (generate one with: openssl rand -base64 32)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(issues: string[]) {
    super(`Invalid environment configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The public URL is https: cookies are Secure and HSTS is sent (never on a plain-http demo or test server). */
export function isHttpsApp(): boolean {
  return new URL(getEnv().APP_URL).protocol === "https:";
}
