"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { requestPasswordResetAction } from "@/lib/actions/account";
import { forgotPasswordSchema, type ForgotPasswordFormValues } from "@/lib/auth/forgot-password-schema";

/** Asks for a reset link. The confirmation is the same whether or not an account exists for the address. */
export function ForgotPasswordForm() {
  const t = useTranslations();
  const translateKey = useMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<ForgotPasswordFormValues>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;
  const isHydrated = useIsHydrated();

  async function onSubmit(values: ForgotPasswordFormValues) {
    setFormError(null);
    const result = await requestPasswordResetAction(values);
    if (result.ok) setSentTo(values.email);
    else setFormError(result.error);
  }

  if (sentTo) {
    return (
      <div className="mt-6 space-y-4" data-testid="reset-requested">
        <Alert tone="success">{t("auth.forgot.sent", { email: sentTo })}</Alert>
        <Link href="/sign-in" className="inline-block text-brand-700 underline">
          {t("auth.forgot.backToSignIn")}
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="mt-6 space-y-4">
      {formError && <Alert tone="error">{translateKey(formError)}</Alert>}
      <TextField
        label={t("auth.email")}
        type="email"
        autoComplete="username"
        error={errors.email?.message && translateKey(errors.email.message)}
        {...form.register("email")}
      />
      <Button type="submit" disabled={!isHydrated || isSubmitting} className="w-full">
        {isSubmitting ? t("auth.forgot.sending") : t("auth.forgot.submit")}
      </Button>
    </form>
  );
}
