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
import { createAgencyAction, updateAgencyAction } from "@/lib/actions/admin";
import { agencySchema, type AgencyFormValues, type AgencyInput } from "@/lib/admin/schemas";
import { REGIONS } from "@/lib/enums";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";
import { SelectField } from "./select-field";

type Option = { value: string; label: string };

/** Creates an agency, or edits one when `agencyId` is given. Countries come named in the reader's language. */
export function AgencyForm({ agencyId, defaultValues, countries }: {
  agencyId?: string;
  defaultValues?: AgencyFormValues;
  countries: Option[];
}) {
  const t = useTranslations();
  const translateKey = useMessage();
  const router = useRouter();
  const [formMessage, setFormMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<AgencyFormValues, unknown, AgencyInput>({
    resolver: zodResolver(agencySchema),
    defaultValues: defaultValues ?? { name: "", countryCode: "", region: "AP", language: "en" },
  });
  const { errors, isSubmitting } = form.formState;
  const message = (key?: string) => key && translateKey(key);

  async function onSubmit(values: AgencyInput) {
    setFormMessage(null);
    const result = agencyId ? await updateAgencyAction({ ...values, id: agencyId }) : await createAgencyAction(values);
    if (!result.ok) {
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as keyof AgencyFormValues, { message: keys[0] });
      }
      setFormMessage({ tone: "error", text: translateKey(result.error) });
      return;
    }
    if (agencyId) {
      setFormMessage({ tone: "success", text: t("admin.agencies.saved") });
      router.refresh();
    } else {
      router.push(`/admin/agencies/${result.data.id}?created=1`);
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-xl space-y-4">
      {formMessage && <Alert tone={formMessage.tone}>{formMessage.text}</Alert>}
      <TextField label={t("admin.agencies.name")} hint={t("admin.agencies.nameHint")} error={message(errors.name?.message)} {...form.register("name")} />
      <SelectField
        label={t("admin.agencies.country")}
        options={[{ value: "", label: t("admin.agencies.chooseCountry") }, ...countries]}
        error={message(errors.countryCode?.message)}
        {...form.register("countryCode")}
      />
      <SelectField
        label={t("admin.agencies.region")}
        options={REGIONS.map((region) => ({ value: region, label: t(`common.regions.${region}`) }))}
        error={message(errors.region?.message)}
        {...form.register("region")}
      />
      <SelectField
        label={t("admin.agencies.language")}
        options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
        error={message(errors.language?.message)}
        {...form.register("language")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {agencyId ? t("admin.agencies.save") : t("admin.agencies.create")}
      </Button>
    </form>
  );
}
