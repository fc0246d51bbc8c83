import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AgencyForm } from "@/components/admin/agency-form";
import { countryOptions } from "@/lib/admin/country-options";
import { requireRole } from "@/lib/session/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.agencies"))("createTitle") };
}

export default async function NewAgencyPage() {
  await requireRole("ADMIN");
  const [t, locale] = await Promise.all([getTranslations("admin.agencies"), getLocale()]);
  return (
    <section className="space-y-4">
      <Link href="/admin/agencies" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("createTitle")}</h1>
      <AgencyForm countries={countryOptions(locale)} />
    </section>
  );
}
