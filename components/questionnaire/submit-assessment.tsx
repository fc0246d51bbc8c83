"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { submitAssessmentAction } from "@/lib/actions/assessments";

/** Submits the assessment after an explicit confirmation; a refusal (missing items) is shown, then the list refreshes. */
export function SubmitAssessment({ assessmentId, disabled }: { assessmentId: string; disabled: boolean }) {
  const t = useTranslations();
  const translateKey = useMessage();
  const router = useRouter();
  const confirmId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ key: string; params?: Record<string, string | number> } | null>(null);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const result = await submitAssessmentAction({ assessmentId });
      if (result.ok) {
        router.push(`/assessments/${assessmentId}`);
        router.refresh();
        return;
      }
      setError({ key: result.error, params: result.params });
      router.refresh();
    } catch {
      setError({ key: "questionnaire.autosave.retrying" });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      {error && <Alert tone="error">{translateKey(error.key, error.params)}</Alert>}
      <div className="flex items-start gap-3">
        <input id={confirmId} type="checkbox" className="mt-1 size-4 accent-brand-600" checked={confirmed} disabled={disabled} onChange={(event) => setConfirmed(event.target.checked)} />
        <label htmlFor={confirmId} className="text-sm">
          {t("questionnaire.submissionCheck.confirm")}
        </label>
      </div>
      <Button type="button" onClick={submit} disabled={disabled || !confirmed || pending} data-testid="submit-assessment">
        {pending ? t("questionnaire.submissionCheck.submitting") : t("questionnaire.submissionCheck.submit")}
      </Button>
    </div>
  );
}
