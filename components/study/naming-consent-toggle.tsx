"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { setStudyNamingConsentAction } from "@/lib/actions/study";

type Labels = { yes: string; no: string; agree: string; withdraw: string; error: string };

/** The agency's respondents agree to (or withdraw from) being named in regional reports' annex. */
export function NamingConsentToggle({ consent, labels }: { consent: boolean; labels: Labels }) {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const toggle = () =>
    startTransition(async () => {
      const result = await setStudyNamingConsentAction({ consent: !consent });
      setFailed(!result.ok);
      if (result.ok) router.refresh();
    });
  return (
    <div className="space-y-2 text-sm">
      <p data-testid="naming-consent-status">{consent ? labels.yes : labels.no}</p>
      <Button type="button" variant="secondary" onClick={toggle} disabled={!isHydrated || pending}>
        {consent ? labels.withdraw : labels.agree}
      </Button>
      {failed && <Alert tone="error">{labels.error}</Alert>}
    </div>
  );
}
