"use client";

import { useMessage } from "@/lib/i18n/use-message";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setAgencyActiveAction, setUserActiveAction } from "@/lib/actions/admin";

const ACTIONS = { user: setUserActiveAction, agency: setAgencyActiveAction } as const;

/** Deactivates or reactivates a user or an agency, then refreshes the page's data. */
export function ActiveToggle({ kind, id, active, labels }: {
  kind: keyof typeof ACTIONS;
  id: string;
  active: boolean;
  labels: { deactivate: string; reactivate: string; deactivated: string; reactivated: string };
}) {
  const translateKey = useMessage();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  function toggle() {
    startTransition(async () => {
      const result = await ACTIONS[kind]({ id, active: !active });
      setMessage(result.ok ? { tone: "success", text: active ? labels.deactivated : labels.reactivated } : { tone: "error", text: translateKey(result.error) });
      if (result.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="button" variant={active ? "danger" : "secondary"} disabled={isPending} onClick={toggle}>
        {active ? labels.deactivate : labels.reactivate}
      </Button>
    </div>
  );
}
