"use client";

import { useTranslations } from "@/lib/i18n/client";

/** Who else has this assessment open now (refreshed with the live poll). */
export function PresenceNotice({ present }: { present: { name: string }[] }) {
  const t = useTranslations("questionnaire.presence");
  if (present.length === 0) return null;
  return (
    <p data-testid="presence" className="text-sm text-slate-700">
      <span aria-hidden="true">● </span>
      {t("others", { count: present.length, names: present.map((p) => p.name).join(", ") })}
    </p>
  );
}
