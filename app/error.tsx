"use client";

import { useTranslations } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <section className="mx-auto max-w-xl py-10" role="alert">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("errorBody")}</p>
      {error.digest && <p className="mt-2 text-xs text-slate-500">{t("errorReference", { digest: error.digest })}</p>}
      <Button className="mt-6" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </section>
  );
}
