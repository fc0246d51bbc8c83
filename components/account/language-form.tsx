"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import { useState, useTransition } from "react";
import { SelectField } from "@/components/admin/select-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setLocaleAction } from "@/lib/actions/locale";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";

/** The user's language: saved in the profile (emails, next sign-in) and in the interface cookie. */
export function LanguageForm({ current }: { current: Locale }) {
  const t = useTranslations();
  const translateKey = useMessage();
  const [locale, setLocale] = useState<Locale>(current);
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await setLocaleAction({ locale });
      // The action's answer already brings this page in the new language (it revalidates every page).
      if (!result.ok) return setMessage({ tone: "error", text: translateKey(result.error) });
      setMessage({ tone: "success", text: t("admin.account.languageSaved") });
    });
  }

  return (
    <form onSubmit={save} className="max-w-md space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SelectField
        label={t("admin.account.languageTitle")}
        options={LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
        value={locale}
        onChange={(event) => setLocale(event.target.value as Locale)}
      />
      <Button type="submit" disabled={isPending}>
        {t("common.save")}
      </Button>
    </form>
  );
}
