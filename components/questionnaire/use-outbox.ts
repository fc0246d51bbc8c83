"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { deleteEntry, listEntries, putEntry, type OutboxEntry } from "./outbox-store";
import type { StoredAnswerView } from "./types";

export type OutboxState = {
  phase: "loading" | "idle" | "saving" | "saved" | "offline" | "retrying" | "signedOut" | "refused";
  /** Changes not yet on the server (kept on this device). */
  waiting: number;
  savedAt?: string;
  error?: string;
};

/** A save refused because a colleague saved the same item since: theirs (or null if cleared) vs mine. */
export type Conflict = { key: string; mine: OutboxEntry; current: StoredAnswerView | null };

export const DEBOUNCE_MS = 600;
const MAX_RETRY_MS = 30_000;

const isOffline = () => typeof navigator !== "undefined" && navigator.onLine === false;

/**
 * Autosave through a durable outbox (outbox-store.ts). Each change is written to IndexedDB at once, then
 * sent after a short debounce; one save per key in flight, the latest value wins. Network failures and
 * server errors are retried with backoff (1 s … 30 s) and at once when the browser is back online. A 401
 * pauses the whole queue until the person signs in again (`resume`); a 409 on a stale version becomes a
 * conflict the person resolves; other refusals are shown and dropped. Nothing leaves the outbox before
 * the server confirms it.
 */
export function useOutbox(userId: string, assessmentId: string, initialVersions: Record<string, number>) {
  const entriesRef = useRef(new Map<string, OutboxEntry>());
  const versions = useRef(new Map(Object.entries(initialVersions)));
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inflight = useRef(new Set<string>());
  const conflictsRef = useRef(new Map<string, Conflict>());
  const refused = useRef(new Map<string, string>());
  const failing = useRef(false);
  const signedOut = useRef(false);
  const loaded = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempts = useRef(0);
  const savedAt = useRef<string | undefined>(undefined);
  const [state, setState] = useState<OutboxState>({ phase: "loading", waiting: 0 });
  const [conflicts, setConflicts] = useState<Conflict[]>([]);

  const refresh = useCallback(() => {
    const waiting = entriesRef.current.size;
    const [error] = refused.current.values();
    let phase: OutboxState["phase"];
    if (!loaded.current) phase = "loading";
    else if (signedOut.current) phase = "signedOut";
    else if (error) phase = "refused";
    else if (waiting > 0 && isOffline()) phase = "offline";
    else if (waiting > 0 && failing.current) phase = "retrying";
    else if (waiting > 0) phase = "saving";
    else phase = savedAt.current ? "saved" : "idle";
    setState({ phase, waiting, savedAt: savedAt.current, error });
    setConflicts([...conflictsRef.current.values()]);
  }, []);

  const sendRef = useRef<(key: string) => Promise<void>>(async () => {});

  const scheduleRetry = useCallback(() => {
    if (retryTimer.current) return;
    attempts.current += 1;
    retryTimer.current = setTimeout(() => {
      retryTimer.current = null;
      for (const key of entriesRef.current.keys()) void sendRef.current(key);
    }, Math.min(MAX_RETRY_MS, 1000 * 2 ** (attempts.current - 1)));
  }, []);

  const forget = useCallback(
    async (entry: OutboxEntry) => {
      if (entriesRef.current.get(entry.key) !== entry) return; // replaced by a newer change meanwhile
      entriesRef.current.delete(entry.key);
      await deleteEntry(userId, assessmentId, entry.key);
    },
    [userId, assessmentId],
  );

  const send = useCallback(
    async (key: string) => {
      clearTimeout(timers.current.get(key));
      timers.current.delete(key);
      const entry = entriesRef.current.get(key);
      if (!entry || inflight.current.has(key) || conflictsRef.current.has(key)) return;
      if (signedOut.current || isOffline()) return refresh();
      inflight.current.add(key);
      refresh();
      let response: Response | null = null;
      let body: { error?: string; version?: number; savedAt?: string; current?: StoredAnswerView } = {};
      try {
        response = await fetch(`/api/assessments/${assessmentId}/${entry.kind === "answer" ? "answers" : "comments"}`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(entry.kind === "answer" ? { ...entry.body, baseVersion: entry.baseVersion } : entry.body),
          keepalive: true, // a save started as the page closes still arrives
        });
        body = await response.json().catch(() => ({}));
      } catch {
        response = null; // offline or unreachable
      }
      inflight.current.delete(key);
      const status = response?.status ?? 0;
      if (status === 401) {
        signedOut.current = true;
      } else if (response?.ok) {
        failing.current = false;
        attempts.current = 0;
        savedAt.current = body.savedAt;
        if (entry.kind === "answer" && typeof body.version === "number") {
          const next = entriesRef.current.get(key);
          // A newer change of the same item made on the version just replaced builds on the new one.
          if (next && next !== entry && next.baseVersion === entry.baseVersion) {
            next.baseVersion = body.version;
            await putEntry(userId, assessmentId, next);
          }
          versions.current.set(key, body.version);
        }
        refused.current.delete(key);
        await forget(entry);
      } else if (status === 409 && body.error === "validation.staleAnswer") {
        conflictsRef.current.set(key, { key, mine: entry, current: body.current ?? null });
      } else if (status >= 400 && status < 500) {
        refused.current.set(key, body.error ?? "validation.invalidForm");
        await forget(entry);
      } else {
        failing.current = true;
        scheduleRetry();
      }
      if (entriesRef.current.has(key) && entriesRef.current.get(key) !== entry) void sendRef.current(key);
      refresh();
    },
    [assessmentId, userId, forget, refresh, scheduleRetry],
  );
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  /** Keeps the latest value of `key` on the device at once and sends it after the debounce delay. */
  const queue = useCallback(
    async (key: string, kind: OutboxEntry["kind"], body: Record<string, unknown>) => {
      const previous = entriesRef.current.get(key);
      const baseVersion = kind === "answer" ? (previous?.baseVersion ?? versions.current.get(key) ?? 0) : undefined;
      const entry: OutboxEntry = { key, kind, body, baseVersion, queuedAt: Date.now() };
      entriesRef.current.set(key, entry);
      refused.current.delete(key);
      clearTimeout(timers.current.get(key));
      timers.current.set(key, setTimeout(() => void sendRef.current(key), DEBOUNCE_MS));
      refresh();
      await putEntry(userId, assessmentId, entry);
    },
    [userId, assessmentId, refresh],
  );

  /** Forgets a change that became invalid before it was sent (the stored answer stays as it was). */
  const cancel = useCallback(
    (key: string) => {
      const entry = entriesRef.current.get(key);
      clearTimeout(timers.current.get(key));
      timers.current.delete(key);
      if (entry && !inflight.current.has(key)) void forget(entry).then(refresh);
    },
    [forget, refresh],
  );

  /** Reads what waits on this device (from an earlier visit); the caller shows those values. */
  const load = useCallback(async (): Promise<OutboxEntry[]> => {
    let stored: OutboxEntry[] = [];
    try {
      stored = await listEntries(userId, assessmentId);
    } catch {
      stored = []; // IndexedDB unavailable (private window of some browsers): autosave still works in memory
    }
    for (const entry of stored) if (!entriesRef.current.has(entry.key)) entriesRef.current.set(entry.key, entry);
    loaded.current = true;
    refresh();
    for (const entry of stored) void sendRef.current(entry.key);
    return stored;
  }, [userId, assessmentId, refresh]);

  /** Sends every change now instead of after the debounce (the person is leaving the page). */
  const flushNow = useCallback(() => {
    for (const key of timers.current.keys()) void sendRef.current(key);
  }, []);

  /** Signed in again: send everything that waited. */
  const resume = useCallback(() => {
    signedOut.current = false;
    attempts.current = 0;
    for (const key of entriesRef.current.keys()) void sendRef.current(key);
    refresh();
  }, [refresh]);

  /** The person chose between their answer and the colleague's. */
  const resolve = useCallback(
    (key: string, keep: "mine" | "theirs") => {
      const conflict = conflictsRef.current.get(key);
      if (!conflict) return;
      conflictsRef.current.delete(key);
      const version = conflict.current?.version ?? 0;
      versions.current.set(key, version);
      const entry = entriesRef.current.get(key);
      if (keep === "theirs" && entry) void forget(entry).then(refresh);
      if (keep === "mine" && entry) {
        entry.baseVersion = version;
        void putEntry(userId, assessmentId, entry).then(() => sendRef.current(key));
      }
      refresh();
    },
    [userId, assessmentId, forget, refresh],
  );

  /** A colleague's save seen by polling: taken over unless this page has its own change of that item waiting. */
  const acceptRemote = useCallback((key: string, version: number): boolean => {
    if (entriesRef.current.has(key) || (versions.current.get(key) ?? 0) === version) return false;
    versions.current.set(key, version);
    return true;
  }, []);

  useEffect(() => {
    const retryNow = () => {
      if (retryTimer.current) clearTimeout(retryTimer.current);
      retryTimer.current = null;
      attempts.current = 0;
      for (const key of entriesRef.current.keys()) void sendRef.current(key);
    };
    const onlineChanged = () => (navigator.onLine ? retryNow() : refresh());
    window.addEventListener("online", onlineChanged);
    window.addEventListener("offline", onlineChanged);
    return () => {
      window.removeEventListener("online", onlineChanged);
      window.removeEventListener("offline", onlineChanged);
    };
  }, [refresh]);

  return { state, conflicts, queue, cancel, load, resume, resolve, acceptRemote, flushNow };
}
