import { useSyncExternalStore } from "react";

/**
 * Live section counts shared by the open form (which knows its own section at once) and the sidebar
 * (rendered on the server with the counts at load time). Updated by the form and by the live poll.
 */
export type Progress = { answered: number; total: number; complete: boolean };

const progress = new Map<string, Progress>();
const listeners = new Set<() => void>();

export function setProgress(sectionId: string, next: Progress): void {
  const current = progress.get(sectionId);
  if (current && current.answered === next.answered && current.complete === next.complete) return;
  progress.set(sectionId, next);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The live count of a section, or `initial` (the server's) until something newer is known. */
export function useProgress(sectionId: string, initial: Progress): Progress {
  return useSyncExternalStore(
    subscribe,
    () => progress.get(sectionId) ?? initial,
    () => initial,
  );
}
