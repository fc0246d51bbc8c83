"use client";

import { useEffect, useRef, useState } from "react";
import type { StoredAnswerView } from "./types";

export const LIVE_INTERVAL_MS = 15_000;

export type LiveStateView = {
  present: { name: string }[];
  answers: Record<string, StoredAnswerView>;
  completion: { sectionId: string; answered: number; total: number; complete: boolean }[];
};

/**
 * Polls the assessment's live state every 15 s while the page is visible and online (and at once when it
 * becomes visible again): marks this person present and brings colleagues' saves and counts. On leaving,
 * the presence row is removed so colleagues stop seeing a closed page.
 */
export function useLiveState(
  assessmentId: string,
  sectionId: string,
  enabled: boolean,
  onState: (state: LiveStateView) => void,
  onSignedOut: () => void,
) {
  const [present, setPresent] = useState<{ name: string }[]>([]);
  const handlers = useRef({ onState, onSignedOut });
  useEffect(() => {
    handlers.current = { onState, onSignedOut };
  });

  useEffect(() => {
    if (!enabled) return;
    const url = `/api/assessments/${assessmentId}/live`;
    let stopped = false;
    const poll = async () => {
      if (document.visibilityState !== "visible" || !navigator.onLine) return;
      try {
        const response = await fetch(`${url}?section=${encodeURIComponent(sectionId)}`, { cache: "no-store" });
        if (stopped) return;
        if (response.status === 401) return handlers.current.onSignedOut();
        if (!response.ok) return;
        const state = (await response.json()) as LiveStateView;
        setPresent(state.present);
        handlers.current.onState(state);
      } catch {
        // offline or unreachable: the next tick tries again
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), LIVE_INTERVAL_MS);
    const onVisible = () => void poll();
    const onLeave = () => void fetch(url, { method: "DELETE", keepalive: true }).catch(() => {});
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("online", onVisible);
    window.addEventListener("pagehide", onLeave);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("online", onVisible);
      window.removeEventListener("pagehide", onLeave);
    };
  }, [assessmentId, sectionId, enabled]);

  return present;
}
