"use client";

import { useTranslations } from "@/lib/i18n/client";

/** Feedback on leaving the page: a loading line while the next page comes, or why it cannot open offline. */
export function NavigationNotice({ isUnavailable, isNavigating }: { isUnavailable: boolean; isNavigating: boolean }) {
  const t = useTranslations("questionnaire.navigation");
  if (isUnavailable) {
    return (
      <p role="alert" data-testid="offline-navigation" className="text-sm font-medium text-red-800">
        {t("offlineUnavailable")}
      </p>
    );
  }
  if (!isNavigating) return null;
  return (
    <p role="status" data-testid="navigation-loading" className="flex items-center gap-2 text-sm text-slate-700">
      <span aria-hidden="true" className="size-3 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" />
      {t("loading")}
    </p>
  );
}
