"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { TextField } from "@/components/ui/text-field";
import { useMessage } from "@/lib/i18n/use-message";

type Props = { open: boolean; email: string; waiting: number; onClose: () => void; onSignedIn: () => void };

/**
 * The session ended while answering: sign in again here, without leaving the page, so the answers waiting
 * on this device are sent as soon as it succeeds (POST /api/session, the same checks as the sign-in page).
 */
export function SessionDialog({ open, email, waiting, onClose, onSignedIn }: Props) {
  const t = useTranslations();
  const message = useMessage();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const response = await fetch("/api/session", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email, password }),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      if (response.ok) {
        setPassword("");
        onSignedIn();
      } else setError(body.error ?? "auth.invalidCredentials");
    } catch {
      setError("questionnaire.session.offline");
    }
    setSubmitting(false);
  }

  return (
    <ModalDialog open={open} title={t("questionnaire.session.title")} onClose={onClose} testId="session-dialog">
      <p className="mt-2 text-sm text-slate-700">{t("questionnaire.session.body", { count: waiting })}</p>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
        {error && <Alert tone="error">{message(error)}</Alert>}
        <TextField label={t("auth.email")} type="email" value={email} readOnly autoComplete="username" />
        <TextField
          label={t("auth.password")}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          data-autofocus
        />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={isSubmitting || password === ""}>
            {isSubmitting ? t("auth.signingIn") : t("questionnaire.session.submit")}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t("questionnaire.session.later")}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
