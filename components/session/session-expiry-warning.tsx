"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "@/lib/i18n/client";
import { staySignedInAction } from "@/lib/actions/session";

/** Shown this long before the session would end for inactivity (or reach its absolute end). */
const WARN_BEFORE_MS = 5 * 60_000;

type Phase = "quiet" | "warning" | "ended";

/**
 * Session expiry, as a hook other pieces can compose (e.g. a re-sign-in dialog that keeps unsaved answers):
 * it sleeps until shortly before `endsAt`, then asks the server for the real end (autosave and other
 * requests may have extended it) and either sleeps again, warns, or reports the session ended.
 */
export function useSessionExpiry(initialEndsAt: string) {
  const [endsAt, setEndsAt] = useState(() => new Date(initialEndsAt));
  const [phase, setPhase] = useState<Phase>("quiet");

  useEffect(() => {
    const check = async () => {
      const response = await fetch("/api/session", { cache: "no-store" }).catch(() => null);
      if (response?.status === 401) return setPhase("ended");
      if (!response?.ok) return;
      const next = new Date(((await response.json()) as { endsAt: string }).endsAt);
      setEndsAt(next);
      setPhase(next.getTime() - Date.now() <= WARN_BEFORE_MS ? "warning" : "quiet");
    };
    const delay = phase === "warning" ? endsAt.getTime() - Date.now() + 1_000 : endsAt.getTime() - Date.now() - WARN_BEFORE_MS;
    const timer = setTimeout(check, Math.max(delay, 1_000));
    return () => clearTimeout(timer);
  }, [endsAt, phase]);

  async function staySignedIn() {
    const result = await staySignedInAction(undefined);
    if (result.ok) {
      setEndsAt(new Date(result.data.endsAt));
      setPhase("quiet");
    } else {
      setPhase("ended");
    }
  }

  return { endsAt, phase, staySignedIn };
}

export function SessionExpiryWarning({ endsAt: initialEndsAt }: { endsAt: string }) {
  const t = useTranslations("common.session");
  const locale = useLocale();
  const { endsAt, phase, staySignedIn } = useSessionExpiry(initialEndsAt);
  if (phase === "quiet") return null;
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(typeof window === "undefined" ? "/" : window.location.pathname + window.location.search)}`;
  return (
    <div role="alertdialog" aria-live="assertive" data-testid="session-expiry" className="fixed inset-x-0 bottom-0 z-50 border-t border-amber-300 bg-amber-50 px-4 py-3 text-sm shadow-lg">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3">
        {phase === "warning" ? (
          <>
            <p className="flex-1">{t("warning", { time: new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(endsAt) })}</p>
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
