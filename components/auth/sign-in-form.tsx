"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { TextField } from "@/components/ui/text-field";
import { signInAction } from "@/lib/actions/auth";
import { signInSchema } from "@/lib/auth/sign-in-schema";

type SignInFormValues = z.input<typeof signInSchema>;

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations();
  const translateKey = useMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInFormValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "", callbackUrl },
  });
  const { errors, isSubmitting } = form.formState;
  const isHydrated = useIsHydrated();

  async function onSubmit(values: SignInFormValues) {
    setFormError(null);
    // On success the action redirects; only failures come back.
    const result = await signInAction(values);
    if (result && !result.ok) setFormError(result.error);
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
      <TextField
        label={t("auth.password")}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message && translateKey(errors.password.message)}
        {...form.register("password")}
      />
      <Button type="submit" disabled={!isHydrated || isSubmitting} className="w-full">
        {isSubmitting ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}
