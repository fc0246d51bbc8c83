"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { discardDatasetDraftAction, publishDatasetAction } from "@/lib/actions/datasets";
import type { Failure, Result } from "@/lib/result";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Publish a previewed draft (new submissions are then scored against it), or discard it. */
export function PublishControls({ versionId }: { versionId: string }) {
  const t = useTranslations("benchmarks");
  const tAll = useTranslations() as unknown as Translate;
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<Failure | null>(null);
  const run = (action: (id: string) => Promise<Result<unknown>>) =>
    startTransition(async () => {
      const result = await action(versionId);
      setError(result.ok ? null : result);
    });
  return (
    <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm">{t("preview.publishExplain")}</p>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={() => run(publishDatasetAction)} disabled={pending}>{t("preview.publish")}</Button>
        <Button type="button" variant="secondary" onClick={() => run(discardDatasetDraftAction)} disabled={pending}>{t("preview.discard")}</Button>
      </div>
      {error && <Alert tone="error">{tAll(error.error, error.params)}</Alert>}
    </div>
  );
}
