import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ActiveToggle } from "@/components/admin/active-toggle";
import { AgencyForm } from "@/components/admin/agency-form";
import { Alert } from "@/components/ui/alert";
import { countryOptions } from "@/lib/admin/country-options";
import { recordIdSchema } from "@/lib/admin/schemas";
import { requireRole } from "@/lib/session/guards";
import { getAgency } from "@/lib/data/admin";
import { pageData } from "@/lib/http/page-data";

type Props = { params: Promise<{ agencyId: string }>; searchParams: Promise<{ created?: string }> };

/** Shared by the title and the page (one read); an unknown id is a 404 before the page streams. */
const loadAgency = cache(async (agencyId: string) => {
  const user = await requireRole("ADMIN");
  if (!recordIdSchema.safeParse(agencyId).success) notFound();
  return pageData(await getAgency(user, agencyId));
});

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const agency = await loadAgency((await params).agencyId);
  return { title: `${(await getTranslations("admin.agencies"))("editTitle")}: ${agency.name}` };
}

export default async function EditAgencyPage({ params, searchParams }: Props) {
  const [{ agencyId }, { created }] = await Promise.all([params, searchParams]);
  const agency = await loadAgency(agencyId);
  const [t, list, locale] = await Promise.all([getTranslations("admin.agencies"), getTranslations("admin.list"), getLocale()]);
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
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="agency-study-settings">
        <dt className="text-slate-600">{t("studyConsent")}</dt>
        <dd data-testid="agency-study-consent">{agency.studyNamingConsent ? t("studyConsentYes") : t("studyConsentNo")}</dd>
        <dt className="text-slate-600">{t("liveCohort")}</dt>
        <dd>{agency.liveCohortOptOut ? t("liveCohortOut") : t("liveCohortIn")}</dd>
      </dl>
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
