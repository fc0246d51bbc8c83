import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/session/guards";
import { HOME_BY_ROLE } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const user = await getCurrentUser();
  if (user) redirect(HOME_BY_ROLE[user.role]);
  const [{ callbackUrl }, t] = await Promise.all([searchParams, getTranslations("auth")]);
  return (
    <div className="mx-auto mt-8 max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-semibold">{t("signInTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("signInIntro")}</p>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t("forgotLink")}
        </Link>
      </p>
    </div>
  );
}
