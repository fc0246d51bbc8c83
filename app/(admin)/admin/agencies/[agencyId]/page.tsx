import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActiveToggle } from "@/components/admin/active-toggle";
import { AgencyForm } from "@/components/admin/agency-form";
import { Alert } from "@/components/ui/alert";
import { countryOptions } from "@/lib/admin/country-options";
import { recordIdSchema } from "@/lib/admin/schemas";
import { requireRole } from "@/lib/session/guards";
import { getAgency } from "@/lib/data/admin";
import { pageData } from "@/lib/http/page-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.agencies"))("editTitle") };
}

type Props = { params: Promise<{ agencyId: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditAgencyPage({ params, searchParams }: Props) {
  const user = await requireRole("ADMIN");
  const [{ agencyId }, { created }] = await Promise.all([params, searchParams]);
  if (!recordIdSchema.safeParse(agencyId).success) notFound();
  const [t, list, locale, result] = await Promise.all([
    getTranslations("admin.agencies"),
    getTranslations("admin.list"),
    getLocale(),
    getAgency(user, agencyId),
  ]);
  const agency = pageData(result);
  return (
    <section className="space-y-6">
      <Link href="/admin/agencies" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("editTitle")}</h1>
        <p className="mt-1 text-slate-700">
          {agency.name} · <span data-testid="agency-status">{agency.active ? list("active") : list("inactive")}</span>
        </p>
      </div>
      {created === "1" && <Alert tone="success">{t("saved")}</Alert>}
      <AgencyForm
        agencyId={agency.id}
        defaultValues={{ name: agency.name, countryCode: agency.countryCode, region: agency.region, language: agency.language }}
        countries={countryOptions(locale)}
      />
      <div className="max-w-xl space-y-2 border-t border-slate-200 pt-6">
        <p className="text-sm text-slate-600">{t("deactivateHint")}</p>
        <ActiveToggle
          kind="agency"
          id={agency.id}
          active={agency.active}
          labels={{ deactivate: t("deactivate"), reactivate: t("reactivate"), deactivated: t("deactivated"), reactivated: t("reactivated") }}
        />
      </div>
    </section>
  );
}
