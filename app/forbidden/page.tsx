import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("forbiddenTitle") };
}

export default async function ForbiddenPage() {
  const t = await getTranslations("common");
  return (
    <section className="mx-auto max-w-xl py-10" data-testid="forbidden">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-1 text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("forbiddenBody")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t("backHome")}
      </Link>
    </section>
  );
}
