"use client";

import { useMessage } from "@/lib/i18n/use-message";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { forcePasswordResetAction, resendInvitationAction, type LinkResult as LinkResultData } from "@/lib/actions/admin";
import { LinkResult } from "./link-result";

const ACTIONS = { reset: forcePasswordResetAction, invite: resendInvitationAction } as const;

/** Forces a password reset or sends a new invitation, then shows where the one-time link went. */
export function UserLinkButton({ kind, userId, label }: { kind: keyof typeof ACTIONS; userId: string; label: string }) {
  const translateKey = useMessage();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<LinkResultData | null>(null);
  const [error, setError] = useState<string | null>(null);

  function run() {
    startTransition(async () => {
      setError(null);
      const response = await ACTIONS[kind]({ id: userId });
      if (!response.ok) return setError(translateKey(response.error));
      setResult(response.data);
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      {error && <Alert tone="error">{error}</Alert>}
      {result && <LinkResult result={result} />}
      <Button type="button" variant="secondary" disabled={isPending} onClick={run}>
        {label}
      </Button>
    </div>
  );
}
