"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "@/lib/i18n/client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { updateHelpLinkAction } from "@/lib/actions/settings";
import { HELP_URL_MAX_LENGTH, helpLinkSchema, type HelpLinkFormValues, type HelpLinkInput } from "@/lib/help/help-link-schema";
import { useMessage } from "@/lib/i18n/use-message";

/** The administrator sets (or clears) the help and contact link every page's footer shows. */
export function HelpLinkForm({ helpUrl }: { helpUrl: string | null }) {
  const t = useTranslations();
  const message = useMessage();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<HelpLinkFormValues, unknown, HelpLinkInput>({ resolver: zodResolver(helpLinkSchema), defaultValues: { helpUrl: helpUrl ?? "" } });
  const { errors, isSubmitting } = form.formState;
  const isHydrated = useIsHydrated();

  async function onSubmit(values: HelpLinkInput) {
    setNotice(null);
    const result = await updateHelpLinkAction({ helpUrl: values.helpUrl ?? "" });
    if (result.ok) setNotice({ tone: "success", text: t(values.helpUrl ? "admin.settings.saved" : "admin.settings.removed") });
    else setNotice({ tone: "error", text: message(result.error) });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="mt-6 max-w-xl space-y-4">
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <TextField
        label={t("admin.settings.helpUrl")}
        hint={t("admin.settings.helpUrlHint")}
        type="text"
        inputMode="url"
        maxLength={HELP_URL_MAX_LENGTH}
        error={errors.helpUrl?.message && message(errors.helpUrl.message)}
        {...form.register("helpUrl")}
      />
      <Button type="submit" disabled={!isHydrated || isSubmitting}>
        {isSubmitting ? t("admin.settings.saving") : t("admin.settings.save")}
      </Button>
    </form>
  );
}
