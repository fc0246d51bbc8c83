"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { confirmSectionAction } from "@/lib/actions/rounds";

/**
 * Shown on a section copied from the previous round until the respondent confirms it. Disabled until the
 * page is hydrated: a click before that would do nothing.
 */
export function ConfirmSectionButton({ assessmentId, sectionId }: { assessmentId: string; sectionId: string }) {
  const t = useTranslations();
  const translateKey = useMessage();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const router = useRouter();
  const isHydrated = useIsHydrated();
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="confirm-section">
      <p className="text-sm text-amber-950">{t("coordinator.rounds.needsConfirmation")}</p>
      {error && <Alert tone="error">{error}</Alert>}
      <Button
        type="button"
        variant="secondary"
        disabled={isPending || !isHydrated}
        onClick={() =>
          startTransition(async () => {
            const result = await confirmSectionAction({ assessmentId, sectionId });
            setError(result.ok ? null : translateKey(result.error));
            if (result.ok) router.refresh();
          })
        }
      >
        {t("coordinator.rounds.confirmSection")}
      </Button>
    </div>
  );
}
