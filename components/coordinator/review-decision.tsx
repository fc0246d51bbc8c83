"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { approveAssessmentAction, returnAssessmentAction } from "@/lib/actions/review";
import { REVIEW_TEXT_MAX_LENGTH, returnAssessmentSchema, type ReturnAssessmentInput } from "@/lib/review/schemas";

/** Return for revision (with a required reason) or approve. The server refuses any transition not allowed now. */
export function ReviewDecision({ assessmentId, isOptedOut }: { assessmentId: string; isOptedOut: boolean }) {
  const t = useTranslations();
  const translateKey = useMessage();
  const [error, setError] = useState<string | null>(null);
  const [isApproving, setIsApproving] = useState(false);
  const form = useForm<ReturnAssessmentInput>({ resolver: zodResolver(returnAssessmentSchema), defaultValues: { assessmentId, reason: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onReturn(values: ReturnAssessmentInput) {
    setError(null);
    const result = await returnAssessmentAction(values);
    if (!result.ok) setError(translateKey(result.error));
  }

  async function onApprove() {
    if (!window.confirm(t("coordinator.review.approveConfirm"))) return;
    setError(null);
    setIsApproving(true);
    const result = await approveAssessmentAction({ assessmentId });
    setIsApproving(false);
    if (!result.ok) setError(translateKey(result.error));
  }

  return (
    <div className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <form onSubmit={form.handleSubmit(onReturn)} noValidate className="space-y-2 rounded-md border border-amber-300 bg-white p-4" data-testid="return-form">
        <h3 className="font-semibold">{t("coordinator.review.returnTitle")}</h3>
        <label className="block text-sm font-medium text-slate-800">
          {t("coordinator.review.returnReason")}
          <span className="block text-xs font-normal text-slate-500">{t("coordinator.review.returnHint")}</span>
          <textarea
            rows={3}
            maxLength={REVIEW_TEXT_MAX_LENGTH}
            aria-invalid={errors.reason ? true : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base aria-invalid:border-red-600"
            {...form.register("reason")}
          />
        </label>
        {errors.reason?.message && <p className="text-sm text-red-700">{translateKey(errors.reason.message)}</p>}
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {t("coordinator.review.returnSubmit")}
        </Button>
      </form>
      <div className="space-y-2 rounded-md border border-green-300 bg-white p-4" data-testid="approve-panel">
        <h3 className="font-semibold">{t("coordinator.review.approveTitle")}</h3>
        <p className="text-sm text-slate-700">{isOptedOut ? t("coordinator.review.approveBodyOptedOut") : t("coordinator.review.approveBody")}</p>
        <Button type="button" onClick={onApprove} disabled={isApproving}>
          {t("coordinator.review.approveSubmit")}
        </Button>
      </div>
    </div>
  );
}
