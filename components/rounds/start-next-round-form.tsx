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
import { startNextRoundAction } from "@/lib/actions/rounds";
import { startNextRoundSchema, type StartNextRoundInput } from "@/lib/rounds/schemas";

/** Starts the next round from the agency's last approved assessment (answers copied, sections to confirm). */
export function StartNextRoundForm({ fromAssessmentId, fromRound, suggestedRound }: { fromAssessmentId: string; fromRound: number; suggestedRound: number }) {
  const t = useTranslations();
  const translateKey = useMessage();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<StartNextRoundInput>({
    resolver: zodResolver(startNextRoundSchema),
    defaultValues: { fromAssessmentId, round: suggestedRound },
  });
  const { errors, isSubmitting } = form.formState;
  const isHydrated = useIsHydrated();

  async function onSubmit(values: StartNextRoundInput) {
    setError(null);
    // On success the action redirects to the new assessment.
    const result = await startNextRoundAction(values);
    if (result && !result.ok) setError(translateKey(result.error, result.params));
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid="start-next-round">
      <h2 className="font-semibold">{t("coordinator.rounds.startTitle")}</h2>
      <p className="text-sm text-slate-600">{t("coordinator.rounds.startHint", { round: fromRound })}</p>
      {error && <Alert tone="error">{error}</Alert>}
      <TextField
        label={t("coordinator.rounds.roundLabel")}
        type="number"
        inputMode="numeric"
        error={errors.round?.message && translateKey(errors.round.message)}
        {...form.register("round")}
      />
      <Button type="submit" disabled={!isHydrated || isSubmitting}>
        {t("coordinator.rounds.start")}
      </Button>
    </form>
  );
}
