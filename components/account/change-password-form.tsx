"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "@/lib/i18n/client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { changePasswordAction } from "@/lib/actions/account";
import { changePasswordSchema, type ChangePasswordFormValues } from "@/lib/admin/schemas";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

export function ChangePasswordForm() {
  const t = useTranslations();
  const [formMessage, setFormMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<ChangePasswordFormValues>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const message = (key?: string) => key && t(key as "admin.errors.passwordTooShort", { min: PASSWORD_MIN_LENGTH });

  async function onSubmit(values: ChangePasswordFormValues) {
    setFormMessage(null);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as keyof ChangePasswordFormValues, { message: keys[0] });
      }
      setFormMessage({ tone: "error", text: message(result.error) || "" });
      return;
    }
    form.reset();
    setFormMessage({ tone: "success", text: t("admin.account.changed") });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-md space-y-4">
      {formMessage && <Alert tone={formMessage.tone}>{formMessage.text}</Alert>}
      <TextField
        label={t("admin.account.currentPassword")}
        type="password"
        autoComplete="current-password"
        error={message(errors.currentPassword?.message)}
        {...form.register("currentPassword")}
      />
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
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("admin.password.saving") : t("admin.password.submit")}
      </Button>
    </form>
  );
}
