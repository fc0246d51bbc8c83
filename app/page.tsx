import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/session/guards";
import { HOME_BY_ROLE } from "@/lib/auth/roles";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (user) redirect(HOME_BY_ROLE[user.role]);
  const t = await getTranslations("common");
  return (
    <section className="mx-auto max-w-2xl py-10">
      <h1 className="text-3xl font-semibold text-brand-800">{t("appName")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("landingIntro")}</p>
      <ul className="mt-4 list-disc space-y-1 pl-6 text-slate-700">
        <li>{t("landingPoint1")}</li>
        <li>{t("landingPoint2")}</li>
        <li>{t("landingPoint3")}</li>
      </ul>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/sign-in" className={buttonClasses("primary")}>
          {t("signIn")}
        </Link>
        <Link href="/methodology" className={buttonClasses("secondary")}>
          {t("nav.methodology")}
        </Link>
      </div>
    </section>
  );
}
