"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { TextField } from "@/components/ui/text-field";
import { createAssessmentAction } from "@/lib/actions/assessments";
import { createAssessmentSchema, ROUND_MAX, ROUND_MIN, type CreateAssessmentInput } from "@/lib/questionnaire/schemas";

/** Starts an assessment for a round; the current year by default. */
export function StartAssessmentForm({ defaultRound }: { defaultRound: number }) {
  const t = useTranslations();
  const translateKey = useMessage();
  const [formError, setFormError] = useState<{ key: string; params?: Record<string, string | number> } | null>(null);
  const form = useForm<CreateAssessmentInput>({ resolver: zodResolver(createAssessmentSchema), defaultValues: { round: defaultRound } });
  const { errors, isSubmitting } = form.formState;
  const isHydrated = useIsHydrated();

  async function onSubmit(values: CreateAssessmentInput) {
    setFormError(null);
    // On success the action redirects to the new assessment.
    const result = await createAssessmentAction(values);
    if (result && !result.ok) setFormError({ key: result.error, params: result.params });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      {formError && <Alert tone="error">{translateKey(formError.key, formError.params)}</Alert>}
      <TextField
        label={t("questionnaire.list.roundLabel")}
        hint={t("questionnaire.list.roundHint")}
        type="number"
        inputMode="numeric"
        min={ROUND_MIN}
        max={ROUND_MAX}
        className="max-w-xs"
        error={errors.round?.message && translateKey(errors.round.message)}
        {...form.register("round")}
      />
      <Button type="submit" disabled={!isHydrated || isSubmitting} data-testid="start-assessment">
        {isSubmitting ? t("questionnaire.list.starting") : t("questionnaire.list.start")}
      </Button>
    </form>
  );
}
