import "server-only";
import type { Dataset } from "@/lib/benchmarks/dataset-schema";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadScoringDatasetsFrom, writeScoreSnapshot } from "./write-snapshot";

/** The datasets new snapshots are scored against (write-snapshot.ts), read with the app's client by default. */
export function loadScoringDatasets(client: Prisma.TransactionClient = db): Promise<Dataset[]> {
  return loadScoringDatasetsFrom(client);
}

/** Stores a new current score snapshot inside the caller's transaction (write-snapshot.ts). */
export const createScoreSnapshot = writeScoreSnapshot;
