"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "@/lib/i18n/client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { acceptInvitationAction, resetPasswordAction } from "@/lib/actions/account";
import { setPasswordSchema, type SetPasswordFormValues } from "@/lib/admin/schemas";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

const ACTIONS = { INVITE: acceptInvitationAction, RESET: resetPasswordAction } as const;

/** Sets the password from a one-time link (invitation or reset). */
export function SetPasswordForm({ token, purpose }: { token: string; purpose: keyof typeof ACTIONS }) {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(null);
  const [isDone, setIsDone] = useState(false);
  const form = useForm<SetPasswordFormValues>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const message = (key?: string) => key && t(key as "admin.errors.passwordTooShort", { min: PASSWORD_MIN_LENGTH });

  async function onSubmit(values: SetPasswordFormValues) {
    setFormError(null);
    const result = await ACTIONS[purpose](values);
    if (result.ok) setIsDone(true);
    else setFormError(message(result.error) || null);
  }

  if (isDone) {
    return (
      <div className="mt-6 space-y-4">
        <Alert tone="success">{t("admin.password.success")}</Alert>
        <Link href="/sign-in" className={buttonClasses("primary")}>
          {t("admin.password.goToSignIn")}
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="mt-6 space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextField
        label={t("admin.password.newPassword")}
        hint={t("admin.password.rule", { min: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        error={message(errors.password?.message)}
        {...form.register("password")}
      />
      <TextField
        label={t("admin.password.confirmPassword")}
        type="password"
        autoComplete="new-password"
        error={message(errors.confirmPassword?.message)}
        {...form.register("confirmPassword")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("admin.password.saving") : t("admin.password.submit")}
      </Button>
    </form>
  );
}
