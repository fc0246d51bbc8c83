/** Writes the derived PostgreSQL schema and generates both Prisma clients (no engine download needed). */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { derivePostgresSchema } from "./postgres-schema";

writeFileSync("prisma/postgres/schema.prisma", derivePostgresSchema(readFileSync("prisma/schema.prisma", "utf8")));

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync("npx", ["prisma", "generate", "--schema", schema], { stdio: "inherit", env });
}
