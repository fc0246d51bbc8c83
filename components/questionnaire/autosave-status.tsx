"use client";

import { useLocale, useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import type { OutboxState } from "./use-outbox";

const TONE: Record<OutboxState["phase"], string> = {
  loading: "text-slate-600",
  idle: "text-slate-600",
  saving: "text-slate-700",
  saved: "text-green-800",
  retrying: "text-red-800",
  offline: "text-red-800",
  signedOut: "text-red-800",
  refused: "text-red-800",
};

/** The time in the browser's own time zone (the time the respondent sees on their clock). */
function formatTime(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

type Props = { state: OutboxState; hasInvalid: boolean; onSignIn: () => void };

/** The autosave state with the number of answers waiting on this device, announced politely as it changes. */
export function AutosaveStatus({ state, hasInvalid, onSignIn }: Props) {
  const t = useTranslations();
  const translateKey = useMessage();
  const locale = useLocale();
  const count = state.waiting;
  let text: string;
  if (state.phase === "refused") text = t("questionnaire.autosave.refused", { reason: translateKey(state.error ?? "validation.invalid") });
  else if (state.phase === "saved" && state.savedAt) text = t("questionnaire.autosave.savedAt", { time: formatTime(locale, state.savedAt) });
  else if (state.phase === "saved") text = t("questionnaire.autosave.idle");
  else text = t(`questionnaire.autosave.${state.phase}`, { count });
  const invalid = hasInvalid && state.phase !== "refused" && state.phase !== "signedOut";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p
        role="status"
        data-testid="autosave-status"
        data-phase={invalid ? "invalid" : state.phase}
        data-waiting={count}
        className={`text-sm font-medium ${invalid ? "text-red-800" : TONE[state.phase]}`}
      >
        {invalid ? t("questionnaire.autosave.invalid") : text}
      </p>
      {state.phase === "signedOut" && (
        <button type="button" onClick={onSignIn} className="text-sm font-medium text-brand-700 underline">
          {t("questionnaire.session.reopen")}
        </button>
      )}
    </div>
  );
}
