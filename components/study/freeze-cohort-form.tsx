"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { freezeLiveCohortAction } from "@/lib/actions/study";
import type { Failure } from "@/lib/result";
import { freezeCohortSchema } from "@/lib/study/schemas";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Freeze the live cohort of a region and round: the server builds a draft dataset version and opens its
 * preview, where it is published (or discarded) like an imported version.
 */
export function FreezeCohortForm({ regions, defaultRound }: { regions: readonly string[]; defaultRound: number }) {
  const t = useTranslations("study.freeze");
  const tAll = useTranslations() as unknown as Translate;
  const id = useId();
  const isHydrated = useIsHydrated();
  const [region, setRegion] = useState(regions[0] ?? "");
  const [round, setRound] = useState(String(defaultRound));
  const [error, setError] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = freezeCohortSchema.safeParse({ region, round });
    if (!parsed.success) {
      setError({ ok: false, code: "invalid", error: parsed.error.issues[0]?.message ?? "validation.invalidForm" });
      return;
    }
    startTransition(async () => {
      const result = await freezeLiveCohortAction(parsed.data);
      setError(result.ok ? null : result);
    });
  };

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{t("heading")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <label className="block text-sm font-medium text-slate-800" htmlFor={`${id}-region`}>
          {t("region")}
          <select id={`${id}-region`} value={region} onChange={(e) => setRegion(e.target.value)} className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-base">
            {regions.map((value) => (
              <option key={value} value={value}>{tAll(`common.regions.${value}`)}</option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium text-slate-800" htmlFor={`${id}-round`}>
          {t("round")}
          <input id={`${id}-round`} inputMode="numeric" value={round} onChange={(e) => setRound(e.target.value)} className="mt-1 block w-28 rounded-md border border-slate-300 bg-white px-3 py-2 text-base" />
        </label>
        <Button type="submit" disabled={!isHydrated || pending}>{t("submit")}</Button>
      </div>
      {error && <Alert tone="error">{tAll(error.error, error.params)}</Alert>}
    </form>
  );
}
