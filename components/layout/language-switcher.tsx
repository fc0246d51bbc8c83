"use client";

import { useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/locale";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";

/** The interface language; the action's answer brings the page in the new language. `label` is translated by the header. */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const [isPending, startTransition] = useTransition();

  return (
    <label className="flex items-center gap-2">
      <span className="sr-only">{label}</span>
      <select
        className="rounded border border-slate-300 bg-white px-2 py-1"
        value={current}
        disabled={isPending}
        aria-label={label}
        data-testid="language-switcher"
        onChange={(event) => {
          const locale = event.target.value as Locale;
          startTransition(async () => {
            await setLocaleAction({ locale });
          });
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
