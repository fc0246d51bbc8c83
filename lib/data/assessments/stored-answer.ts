import "server-only";
import type { AnswerValue } from "@/lib/questionnaire/types";
import type { DbClient } from "./access";
import { readStoredValue } from "./stored-value";

/** One stored answer as a colleague's page sees it: the value, its version, who saved it and when. */
export type StoredAnswer = {
  value: AnswerValue;
  otherText: string | null;
  version: number;
  updatedBy: string;
  updatedAt: string;
};

type AnswerRow = { value: unknown; otherText: string | null; version: number; updatedById: string; updatedAt: Date };

/** Rows → stored answers, with the names of the people who saved them (one query for all of them). */
export async function toStoredAnswers<K extends string>(
  client: DbClient,
  rows: readonly (AnswerRow & { itemId: K })[],
): Promise<Record<K, StoredAnswer>> {
  const ids = [...new Set(rows.map((row) => row.updatedById))];
  const users = ids.length === 0 ? [] : await client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  const result = {} as Record<K, StoredAnswer>;
  for (const row of rows) {
    result[row.itemId] = {
      value: readStoredValue(row.value),
      otherText: row.otherText,
      version: row.version,
      updatedBy: names.get(row.updatedById) ?? "",
      updatedAt: row.updatedAt.toISOString(),
    };
  }
  return result;
}

export async function toStoredAnswer(client: DbClient, row: AnswerRow): Promise<StoredAnswer> {
  return (await toStoredAnswers(client, [{ ...row, itemId: "x" as const }])).x;
}
