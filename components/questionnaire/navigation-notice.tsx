"use client";

import { useTranslations } from "@/lib/i18n/client";

/**
 * Why a link cannot open offline (the page was never opened on this device). While online, the layout's
 * navigation indicator (components/layout/navigation-status.tsx) shows that the next page is coming.
 */
export function NavigationNotice({ isUnavailable }: { isUnavailable: boolean }) {
  const t = useTranslations("questionnaire.navigation");
  if (!isUnavailable) return null;
  return (
    <p role="alert" data-testid="offline-navigation" className="text-sm font-medium text-red-800">
      {t("offlineUnavailable")}
    </p>
  );
}
