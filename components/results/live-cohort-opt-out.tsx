"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setLiveCohortOptOutAction } from "@/lib/actions/live-cohort";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Labels = { optedIn: string; optedOut: string; optOut: string; optIn: string; error: string };

/** The agency's respondents opt it out of (or back into) the live cohorts. Wording comes from the server. */
export function LiveCohortOptOut({ optedOut, labels }: { optedOut: boolean; labels: Labels }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const toggle = () =>
    startTransition(async () => {
      const result = await setLiveCohortOptOutAction({ optOut: !optedOut });
      setFailed(!result.ok);
      if (result.ok) router.refresh();
    });
  return (
    <div className="space-y-2 text-sm">
      <p data-testid="live-cohort-status">{optedOut ? labels.optedOut : labels.optedIn}</p>
      <Button type="button" variant="secondary" onClick={toggle} disabled={pending}>
        {optedOut ? labels.optIn : labels.optOut}
      </Button>
      {failed && <Alert tone="error">{labels.error}</Alert>}
    </div>
  );
}
