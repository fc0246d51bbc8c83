import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { LanguageForm } from "@/components/account/language-form";
import { requireUser } from "@/lib/session/guards";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("admin.account");
  return (
    <section className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("profile", { name: user.name, email: user.email })}</p>
      </div>
      <section aria-labelledby="password-title" className="space-y-3">
        <h2 id="password-title" className="text-lg font-semibold">{t("passwordTitle")}</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="language-title" className="space-y-3">
        <h2 id="language-title" className="text-lg font-semibold">{t("languageTitle")}</h2>
        <p className="text-sm text-slate-600">{t("languageIntro")}</p>
        <LanguageForm current={isLocale(user.language) ? user.language : DEFAULT_LOCALE} />
      </section>
    </section>
  );
}
