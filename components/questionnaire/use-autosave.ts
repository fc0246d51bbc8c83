"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Result } from "@/lib/result";

export type SaveResult = Result<{ savedAt: string }>;
export type Send = () => Promise<SaveResult>;

export type AutosaveState =
  | { phase: "idle" | "saving" | "retrying" | "offline" }
  | { phase: "saved"; savedAt: string }
  | { phase: "refused"; error: string };

export const DEBOUNCE_MS = 600;
const MAX_RETRY_MS = 30_000;

function isOffline(): boolean {
  return typeof navigator !== "undefined" && navigator.onLine === false;
}

/**
 * Saves each field as it changes: one queue per key (an item id), debounced; only the latest value of a
 * key is kept and a key has at most one save in flight, so saves of one item arrive in order. A save that
 * fails on the network (offline, server unreachable, server error) is kept and retried with backoff
 * (1 s, 2 s, 4 s … 30 s) and at once when the browser comes back online; it is never dropped. A save the
 * server refuses (assessment submitted, no access) is not retried: it stays unsaved and is shown.
 */
export function useAutosave() {
  const pending = useRef(new Map<string, Send>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inflight = useRef(new Set<string>());
  const failed = useRef(new Set<string>());
  const refused = useRef(new Map<string, string>());
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempts = useRef(0);
  const lastSavedAt = useRef<string | null>(null);
  const [state, setState] = useState<AutosaveState>({ phase: "idle" });

  const refresh = useCallback(() => {
    const [firstRefusal] = refused.current.values();
    if (firstRefusal) setState({ phase: "refused", error: firstRefusal });
    else if (failed.current.size > 0) setState({ phase: isOffline() ? "offline" : "retrying" });
    else if (pending.current.size > 0 || inflight.current.size > 0) setState({ phase: "saving" });
    else if (lastSavedAt.current) setState({ phase: "saved", savedAt: lastSavedAt.current });
    else setState({ phase: "idle" });
  }, []);

  const flushRef = useRef<(key: string) => Promise<void>>(async () => {});

  const scheduleRetry = useCallback(() => {
    if (retryTimer.current) return;
    attempts.current += 1;
    const delay = Math.min(MAX_RETRY_MS, 1000 * 2 ** (attempts.current - 1));
    retryTimer.current = setTimeout(() => {
      retryTimer.current = null;
      for (const key of [...failed.current]) void flushRef.current(key);
    }, delay);
  }, []);

  const flush = useCallback(
    async (key: string) => {
      const timer = timers.current.get(key);
      if (timer) clearTimeout(timer);
      timers.current.delete(key);
      if (inflight.current.has(key)) return; // sent again when the save in flight completes
      const send = pending.current.get(key);
      if (!send) return;
      if (isOffline()) {
        failed.current.add(key);
        refresh();
        scheduleRetry();
        return;
      }
      pending.current.delete(key);
      inflight.current.add(key);
      refresh();
      let result: SaveResult | null = null;
      try {
        result = await send();
      } catch {
        result = null; // network failure or server error: keep the value and retry
      }
      inflight.current.delete(key);
      if (result === null) {
        if (!pending.current.has(key)) pending.current.set(key, send);
        failed.current.add(key);
        scheduleRetry();
      } else {
        failed.current.delete(key);
        if (failed.current.size === 0) attempts.current = 0;
        if (result.ok) {
          refused.current.delete(key);
          lastSavedAt.current = result.data.savedAt;
        } else {
          refused.current.set(key, result.error);
        }
        if (pending.current.has(key)) void flushRef.current(key);
      }
      refresh();
    },
    [refresh, scheduleRetry],
  );
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** Queues the latest value of `key`; it is sent after the debounce delay. */
  const queue = useCallback(
    (key: string, send: Send) => {
      pending.current.set(key, send);
      refused.current.delete(key);
      const timer = timers.current.get(key);
      if (timer) clearTimeout(timer);
      timers.current.set(key, setTimeout(() => void flushRef.current(key), DEBOUNCE_MS));
      refresh();
    },
    [refresh],
  );

  /** Forgets a queued value that became invalid before it was sent (the stored answer stays as it was). */
  const cancel = useCallback(
    (key: string) => {
      const timer = timers.current.get(key);
      if (timer) clearTimeout(timer);
      timers.current.delete(key);
      pending.current.delete(key);
      failed.current.delete(key);
      refresh();
    },
    [refresh],
  );

  const hasUnsaved = useCallback(
    () => pending.current.size > 0 || inflight.current.size > 0 || failed.current.size > 0 || refused.current.size > 0,
    [],
  );

  /** Sends every queued value now (before leaving the page) and waits for the saves in flight. */
  const flushAll = useCallback(async () => {
    await Promise.all([...pending.current.keys()].map((key) => flushRef.current(key)));
    while (inflight.current.size > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    return !hasUnsaved();
  }, [hasUnsaved]);

  useEffect(() => {
    const retryNow = () => {
      if (retryTimer.current) clearTimeout(retryTimer.current);
      retryTimer.current = null;
      attempts.current = 0;
      for (const key of [...failed.current]) void flushRef.current(key);
    };
    const onlineChanged = () => (navigator.onLine ? retryNow() : refresh());
    window.addEventListener("online", onlineChanged);
    window.addEventListener("offline", onlineChanged);
    const warnBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsaved()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warnBeforeUnload);
    return () => {
      window.removeEventListener("online", onlineChanged);
      window.removeEventListener("offline", onlineChanged);
      window.removeEventListener("beforeunload", warnBeforeUnload);
    };
  }, [hasUnsaved, refresh]);

  return { state, queue, cancel, flushAll, hasUnsaved };
}
