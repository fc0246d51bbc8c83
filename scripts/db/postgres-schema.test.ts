import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "./postgres-schema";

describe("derivePostgresSchema", () => {
  const sqlite = readFileSync("prisma/schema.prisma", "utf8");

  it("switches the provider and the client folder, and nothing else", () => {
    const derived = derivePostgresSchema(sqlite);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain("lib/generated/prisma-postgres");
    expect(derived).not.toContain('"sqlite"');
    expect(derived.split("\n").length).toBe(sqlite.split("\n").length + 1);
  });

  it("matches the committed PostgreSQL schema (run npm run db:generate after editing the models)", () => {
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(derivePostgresSchema(sqlite));
  });
});
