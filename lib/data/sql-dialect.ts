import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export type SqlClient = Pick<PrismaClient, "$queryRaw">;

/**
 * SQLite and PostgreSQL differ in a few SQL functions (JSON aggregation and unnesting); the client knows
 * which database it talks to. Everything else the raw queries use is common SQL.
 */
export function isPostgres(client: SqlClient): boolean {
  return (client as { _activeProvider?: string })._activeProvider === "postgresql";
}

/*
 * Prisma `Json` columns in raw SQL. PostgreSQL stores them as jsonb: no text comparison (LIKE), and jsonb
 * functions. SQLite stores the JSON text (a number as an SQL number: the column's affinity is numeric), and
 * Prisma refuses to return a bare Json column holding a number from a raw query, so raw queries never
 * select the column itself, only the expressions below.
 */

/** The text of a Json column holding a JSON string (`"fully_in_place"` → fully_in_place); NULL otherwise. */
export function jsonStringText(client: SqlClient, column: Prisma.Sql): Prisma.Sql {
  return isPostgres(client)
    ? Prisma.sql`(CASE WHEN jsonb_typeof(${column}) = 'string' THEN ${column} #>> '{}' END)`
    : Prisma.sql`(CASE WHEN json_type(${column}) = 'text' THEN json_extract(${column}, '$') END)`;
}

/**
 * A FROM item `e(value)`: one row per element of a Json column holding a list, the element as text (a list
 * of strings); no row for a string or a number.
 */
export function jsonListElements(client: SqlClient, column: Prisma.Sql): Prisma.Sql {
  return isPostgres(client)
    ? Prisma.sql`jsonb_array_elements_text(CASE WHEN jsonb_typeof(${column}) = 'array' THEN ${column} ELSE '[]'::jsonb END) AS e(value)`
    : Prisma.sql`json_each(CASE WHEN json_type(${column}) = 'array' THEN ${column} ELSE '[]' END) AS e`;
}

/**
 * A JSON array built by the database from SQL values, for a JSON aggregate read in one go: text columns
 * become JSON strings, `json` columns (Prisma Json) are embedded as the JSON they hold, not as text.
 */
export function jsonArrayOf(client: SqlClient, values: readonly ({ text: Prisma.Sql } | { json: Prisma.Sql })[]): Prisma.Sql {
  const postgres = isPostgres(client);
  const items = values.map((value) => ("text" in value ? value.text : postgres ? value.json : Prisma.sql`json(${value.json})`));
  return postgres ? Prisma.sql`json_build_array(${Prisma.join(items)})` : Prisma.sql`json_array(${Prisma.join(items)})`;
}

/** The JSON aggregate of one JSON value per row, as text (`[v1, v2, …]`). */
export function jsonAggText(client: SqlClient, value: Prisma.Sql): Prisma.Sql {
  return isPostgres(client) ? Prisma.sql`CAST(json_agg(${value}) AS TEXT)` : Prisma.sql`json_group_array(${value})`;
}
