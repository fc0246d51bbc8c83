import { createStore, del, entries, set, type UseStore } from "idb-keyval";

/**
 * The durable part of autosave: every change waits here, in the browser's IndexedDB, until the server has
 * it, so a reload, a closed tab or a restarted browser loses nothing. Entries are kept per user and
 * assessment (a shared computer never sends one person's answers as another's).
 */
export type OutboxEntry = {
  /** An item id, or `comment:<sectionId>`. */
  key: string;
  kind: "answer" | "comment";
  /** What the save route receives (without `baseVersion`). */
  body: Record<string, unknown>;
  /** The stored answer's version the change was made on (answers only). */
  baseVersion?: number;
  /** When the value was typed; also tells a replaced entry from the one sent. */
  queuedAt: number;
};

let store: UseStore | null = null;
function getStore(): UseStore {
  store ??= createStore("pes-outbox", "entries");
  return store;
}

const idOf = (userId: string, assessmentId: string, key: string) => `${userId}|${assessmentId}|${key}`;

export async function putEntry(userId: string, assessmentId: string, entry: OutboxEntry): Promise<void> {
  await set(idOf(userId, assessmentId, entry.key), entry, getStore());
}

export async function deleteEntry(userId: string, assessmentId: string, key: string): Promise<void> {
  await del(idOf(userId, assessmentId, key), getStore());
}

/** The entries waiting for this user and assessment, oldest first. */
export async function listEntries(userId: string, assessmentId: string): Promise<OutboxEntry[]> {
  const prefix = idOf(userId, assessmentId, "");
  const all = await entries<string, OutboxEntry>(getStore());
  return all
    .filter(([id]) => typeof id === "string" && id.startsWith(prefix))
    .map(([, entry]) => entry)
    .sort((a, b) => a.queuedAt - b.queuedAt);
}
