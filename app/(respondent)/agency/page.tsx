import { getTranslations } from "next-intl/server";
import { LiveCohortOptOut } from "@/components/results/live-cohort-opt-out";
import { NamingConsentToggle } from "@/components/study/naming-consent-toggle";
import { getAgencyCohortSetting } from "@/lib/data/agencies";
import { requireUser } from "@/lib/session/guards";
import { notFound } from "next/navigation";

export async function generateMetadata() {
  const t = await getTranslations("study.settings");
  return { title: t("title") };
}

/** The agency's own settings (its respondents): being named in regional reports, and the live cohorts. */
export default async function AgencySettingsPage() {
  const user = await requireUser({ permission: "assessment:fill" });
  const setting = user.agencyId ? await getAgencyCohortSetting(user, user.agencyId) : null;
  if (!setting) notFound();
  const [t, tr] = await Promise.all([getTranslations("study.settings"), getTranslations("results.live")]);
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{setting.name} · {t("intro")}</p>
      </div>
      <section aria-labelledby="consent-heading" className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
        <h2 id="consent-heading" className="text-lg font-semibold">{t("consentHeading")}</h2>
        <p className="text-sm text-slate-700">{t("consentBody")}</p>
        <NamingConsentToggle
          consent={setting.studyNamingConsent}
          labels={{ yes: t("consentYes"), no: t("consentNo"), agree: t("agree"), withdraw: t("withdraw"), error: t("error") }}
        />
      </section>
      <section aria-labelledby="live-heading" className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
        <h2 id="live-heading" className="text-lg font-semibold">{t("liveHeading")}</h2>
        <LiveCohortOptOut
          optedOut={setting.liveCohortOptOut}
          labels={{ optedIn: tr("optedIn"), optedOut: tr("optedOut"), optOut: tr("optOut"), optIn: tr("optIn"), error: tr("error") }}
        />
      </section>
    </div>
  );
}
