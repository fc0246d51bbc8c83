"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useTranslations } from "@/lib/i18n/client";
import { setLocaleAction } from "@/lib/actions/locale";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";

export function LanguageSwitcher({ current }: { current: Locale }) {
  const t = useTranslations("common");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  return (
    <label className="flex items-center gap-2">
      <span className="sr-only">{t("language")}</span>
      <select
        className="rounded border border-slate-300 bg-white px-2 py-1"
        value={current}
        disabled={isPending}
        aria-label={t("language")}
        data-testid="language-switcher"
        onChange={(event) => {
          const locale = event.target.value as Locale;
          startTransition(async () => {
            await setLocaleAction({ locale });
            router.refresh();
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
