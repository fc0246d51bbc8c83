"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMessage } from "@/lib/i18n/use-message";
import type { AutosaveState } from "./use-autosave";

const TONE: Record<AutosaveState["phase"], string> = {
  idle: "text-slate-600",
  saving: "text-slate-700",
  saved: "text-green-800",
  retrying: "text-red-800",
  offline: "text-red-800",
  refused: "text-red-800",
};

/** The time in the browser's own time zone (the time the respondent sees on their clock). */
function formatTime(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/** The autosave state, announced politely to screen readers as it changes. */
export function AutosaveStatus({ state, hasInvalid }: { state: AutosaveState; hasInvalid: boolean }) {
  const t = useTranslations();
  const translateKey = useMessage();
  const locale = useLocale();
  let text: string;
  if (state.phase === "refused") text = t("questionnaire.autosave.refused", { reason: translateKey(state.error) });
  else if (state.phase === "saved") text = t("questionnaire.autosave.savedAt", { time: formatTime(locale, state.savedAt) });
  else text = t(`questionnaire.autosave.${state.phase}`);
  const invalid = hasInvalid && state.phase !== "refused";
  return (
    <p
      role="status"
      data-testid="autosave-status"
      data-phase={invalid ? "invalid" : state.phase}
      className={`text-sm font-medium ${invalid ? "text-red-800" : TONE[state.phase]}`}
    >
      {invalid ? t("questionnaire.autosave.invalid") : text}
    </p>
  );
}
