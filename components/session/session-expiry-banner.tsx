"use client";

import { useEffect, useState } from "react";
import { staySignedInAction } from "@/lib/actions/session";
import { useLocale, useTranslations } from "@/lib/i18n/client";
import { WARN_BEFORE_MS } from "./session-expiry-warning";

type Phase = "quiet" | "warning" | "ended";

/** After a check that could not reach the server (offline, a 5xx), the next one. */
const RETRY_MS = 30_000;

/**
 * Session expiry: from shortly before `endsAt` (when session-expiry-warning.tsx loads this module), it asks
 * the server for the real end (autosave and other requests may have extended it) and either sleeps again,
 * warns, or reports the session ended.
 */
function useSessionExpiry(initialEndsAt: string) {
  const [endsAt, setEndsAt] = useState(() => new Date(initialEndsAt));
  const [phase, setPhase] = useState<Phase>("quiet");
  // Failed checks in a row: each schedules the next one (without it, one failed check stopped them all).
  const [failures, setFailures] = useState(0);

  useEffect(() => {
    const check = async () => {
      const response = await fetch("/api/session", { cache: "no-store" }).catch(() => null);
      if (response?.status === 401) return setPhase("ended");
      if (!response?.ok) return setFailures((n) => n + 1);
      const next = new Date(((await response.json()) as { endsAt: string }).endsAt);
      setFailures(0);
      setEndsAt(next);
      setPhase(next.getTime() - Date.now() <= WARN_BEFORE_MS ? "warning" : "quiet");
    };
    const delay =
      failures > 0 ? RETRY_MS : phase === "warning" ? endsAt.getTime() - Date.now() + 1_000 : endsAt.getTime() - Date.now() - WARN_BEFORE_MS;
    const timer = setTimeout(check, Math.max(delay, 1_000));
    return () => clearTimeout(timer);
  }, [endsAt, phase, failures]);

  /** After "Stay signed in": the session's new end, or null if it had ended. */
  function renewed(nextEndsAt: Date | null) {
    if (nextEndsAt) {
      setEndsAt(nextEndsAt);
      setPhase("quiet");
    } else {
      setPhase("ended");
    }
  }

  return { endsAt, phase, renewed };
}

/** The session-expiry notice, loaded when it is first due (components/session/session-expiry-warning.tsx). */
export function SessionExpiryBanner({ initialEndsAt }: { initialEndsAt: string }) {
  const t = useTranslations("common.session");
  const locale = useLocale();
  const { endsAt, phase, renewed } = useSessionExpiry(initialEndsAt);
  if (phase === "quiet") return null;
  async function staySignedIn() {
    const result = await staySignedInAction(undefined);
    renewed(result.ok ? new Date(result.data.endsAt) : null);
  }
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`;
  return (
    <div role="alertdialog" aria-live="assertive" data-testid="session-expiry" className="fixed inset-x-0 bottom-0 z-50 border-t border-amber-300 bg-amber-50 px-4 py-3 text-sm shadow-lg">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3">
        {phase === "warning" ? (
          <>
            <p className="flex-1">{t("warning", { time: new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(endsAt) })}</p>
            <button type="button" onClick={staySignedIn} className="rounded bg-brand-600 px-3 py-1 font-medium text-white hover:bg-brand-700">
              {t("stay")}
            </button>
          </>
        ) : (
          <>
            <p className="flex-1">{t("ended")}</p>
            <a href={signInHref} className="rounded bg-brand-600 px-3 py-1 font-medium text-white hover:bg-brand-700">
              {t("signInAgain")}
            </a>
          </>
        )}
      </div>
    </div>
  );
}
