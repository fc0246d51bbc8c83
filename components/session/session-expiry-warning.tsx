"use client";

import { Suspense, useEffect, useState } from "react";
import { lazyWithRetry } from "@/components/ui/lazy-with-retry";

/** Shown this long before the session would end for inactivity (or reach its absolute end). */
export const WARN_BEFORE_MS = 5 * 60_000;

// The checks and the notice are fetched when they are first due, not with every page: most visits end long
// before the session does.
const SessionExpiryBanner = lazyWithRetry(() => import("./session-expiry-banner").then((module) => module.SessionExpiryBanner));

/** Sleeps until shortly before the session's end, then loads the checks and the notice (session-expiry-banner.tsx). */
export function SessionExpiryWarning({ endsAt }: { endsAt: string }) {
  const [isDue, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), Math.max(new Date(endsAt).getTime() - Date.now() - WARN_BEFORE_MS, 1_000));
    return () => clearTimeout(timer);
  }, [endsAt]);
  if (!isDue) return null;
  return (
    <Suspense fallback={null}>
      <SessionExpiryBanner initialEndsAt={endsAt} />
    </Suspense>
  );
}
