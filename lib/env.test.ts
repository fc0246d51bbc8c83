import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("stops production start-up without AUTH_SECRET, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production/);
  });

  it("lets `next build` run without the secret (it is checked at start-up)", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  it("accepts production with a long enough secret", () => {
    const env = parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) });
    expect(env.AUTH_SECRET).toHaveLength(32);
  });

  it("rejects a short secret", () => {
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/at least 32 characters/);
  });

  it("defaults to the embedded SQLite database in development", () => {
    expect(parseEnv({}).DATABASE_URL).toBe("file:./data/dev.db");
  });

  it("rejects a database URL of another kind", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });

  it("coerces numeric settings", () => {
    expect(parseEnv({ LOGIN_WINDOW_MINUTES: "30" }).LOGIN_WINDOW_MINUTES).toBe(30);
  });
});
