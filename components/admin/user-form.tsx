"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { inviteUserAction, updateUserAction, type LinkResult as LinkResultData } from "@/lib/actions/admin";
import { inviteUserSchema, updateUserSchema, type InviteUserFormValues, type InviteUserInput } from "@/lib/admin/schemas";
import { ROLES } from "@/lib/auth/roles";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";
import { LinkResult } from "./link-result";
import { SelectField } from "./select-field";

type Agency = { id: string; name: string };

/**
 * Invites a user (email, name, role, agency, language) or, with `userId`, edits one (email fixed).
 * The same zod schema checks the form here and the action on the server.
 */
export function UserForm({ userId, defaultValues, agencies, isSelf = false }: {
  userId?: string;
  defaultValues?: InviteUserFormValues;
  agencies: Agency[];
  isSelf?: boolean;
}) {
  const t = useTranslations();
  const translateKey = useMessage();
  const router = useRouter();
  const [formMessage, setFormMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [invitation, setInvitation] = useState<LinkResultData | null>(null);
  const isEdit = userId !== undefined;
  const form = useForm<InviteUserFormValues, unknown, InviteUserInput>({
    // Editing checks with the action's own schema (it has the id and ignores the fixed email).
    resolver: zodResolver(isEdit ? (updateUserSchema as unknown as typeof inviteUserSchema) : inviteUserSchema),
    defaultValues: { ...(defaultValues ?? { email: "", name: "", role: "RESPONDENT", agencyId: "", language: "en" }), ...(isEdit ? { id: userId } : {}) },
  });
  const { errors, isSubmitting } = form.formState;
  const message = (key?: string) => key && translateKey(key);

  async function onSubmit(values: InviteUserInput) {
    setFormMessage(null);
    const result = isEdit ? await updateUserAction({ ...values, id: userId }) : await inviteUserAction(values);
    if (!result.ok) {
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as keyof InviteUserFormValues, { message: keys[0] });
      }
      setFormMessage({ tone: "error", text: translateKey(result.error) });
      return;
    }
    if (isEdit) {
      setFormMessage({ tone: "success", text: t("admin.users.saved") });
      router.refresh();
    } else {
      setInvitation(result.data as LinkResultData);
    }
  }

  if (invitation) {
    return (
      <div className="max-w-2xl space-y-4" data-testid="invitation-result">
        <LinkResult result={invitation} />
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            form.reset();
            setInvitation(null);
          }}
        >
          {t("admin.users.inviteAnother")}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-xl space-y-4">
      {formMessage && <Alert tone={formMessage.tone}>{formMessage.text}</Alert>}
      {!isEdit && (
        <TextField label={t("admin.users.email")} type="email" autoComplete="off" error={message(errors.email?.message)} {...form.register("email")} />
      )}
      <TextField label={t("admin.users.name")} autoComplete="off" error={message(errors.name?.message)} {...form.register("name")} />
      {isSelf ? (
        // An administrator cannot change their own role: shown, not editable (the server refuses it too).
        <p className="text-sm">
          <span className="block font-medium text-slate-800">{t("admin.users.role")}</span>
          {t(`common.roles.${defaultValues?.role ?? "ADMIN"}`)}
        </p>
      ) : (
        <SelectField
          label={t("admin.users.role")}
          options={ROLES.map((role) => ({ value: role, label: t(`common.roles.${role}`) }))}
          error={message(errors.role?.message)}
          {...form.register("role")}
        />
      )}
      <SelectField
        label={t("admin.users.agency")}
        hint={t("admin.users.agencyHint")}
        options={[{ value: "", label: t("admin.users.noAgency") }, ...agencies.map((agency) => ({ value: agency.id, label: agency.name }))]}
        error={message(errors.agencyId?.message)}
        {...form.register("agencyId")}
      />
      <SelectField
        label={t("admin.users.language")}
        options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
        error={message(errors.language?.message)}
        {...form.register("language")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isEdit ? t("admin.users.save") : t("admin.users.sendInvitation")}
      </Button>
    </form>
  );
}
