import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { HelpContactLink } from "@/components/layout/help-contact-link";
import { Alert } from "@/components/ui/alert";
import { isSelfServiceResetAvailable } from "@/lib/data/account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgot"))("title") };
}

/** "Forgot password?": a reset link by email, or, where the product cannot send mail, who to ask. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgot");
  const isAvailable = isSelfServiceResetAvailable();
  return (
    <div className="mx-auto mt-8 max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {isAvailable ? (
        <>
          <p className="mt-2 text-sm text-slate-600">{t("intro")}</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <div className="mt-6 space-y-4" data-testid="reset-unavailable">
          <Alert tone="info">{t("unavailable")}</Alert>
          <HelpContactLink className="block text-brand-700 underline" />
          <Link href="/sign-in" className="inline-block text-brand-700 underline">
            {t("backToSignIn")}
          </Link>
        </div>
      )}
    </div>
  );
}
