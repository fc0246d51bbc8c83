"use client";

import { useLocale, useTranslations } from "@/lib/i18n/client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { LinkResult as LinkResultData } from "@/lib/actions/admin";

/** After an invitation or a reset: says whether the email left, or shows the one-time link to copy. */
export function LinkResult({ result }: { result: LinkResultData }) {
  const t = useTranslations("admin.link");
  const locale = useLocale();
  const [isCopied, setIsCopied] = useState(false);
  // In UTC, as the messages show times (lib/i18n/request.ts).
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date(result.expiresAt));

  if (result.delivery === "sent" || !result.link) {
    return <Alert tone="success">{t("sent", { email: result.email, date })}</Alert>;
  }
  const link = result.link;
  async function copy() {
    await navigator.clipboard?.writeText(link);
    setIsCopied(true);
  }
  return (
    <Alert tone={result.delivery === "failed" ? "warning" : "info"}>
      <p>{t(result.delivery === "failed" ? "failed" : "notConfigured", { email: result.email, date })}</p>
      <label className="mt-3 block text-sm font-medium" htmlFor="one-time-link">
        {t("label")}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id="one-time-link"
          data-testid="one-time-link"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-900"
        />
        <Button type="button" variant="secondary" onClick={copy}>
          {isCopied ? t("copied") : t("copy")}
        </Button>
      </div>
    </Alert>
  );
}
