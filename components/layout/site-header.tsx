import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/session/guards";
import { HOME_BY_ROLE } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/actions/auth";
import type { Locale } from "@/lib/i18n/locales";
import { getSessionEnd } from "@/lib/data/sessions";
import { SessionExpiryWarning } from "@/components/session/session-expiry-warning";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const [user, t, locale] = await Promise.all([getCurrentUser(), getTranslations("common"), getLocale()]);
  const links = user ? navLinks(user.role, t) : [];
  const sessionEndsAt = user?.sessionId ? await getSessionEnd(user.id, user.sessionId) : null;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={user ? HOME_BY_ROLE[user.role] : "/"} className="font-semibold text-brand-700">
          {t("appName")}
        </Link>
        {links.length > 0 && (
          <nav aria-label={t("mainNavigation")} className="flex flex-wrap gap-4 text-sm">
            {links.map((link) => (
              <Link key={link.href} href={link.href} className="text-slate-700 underline-offset-4 hover:underline">
                {link.label}
              </Link>
            ))}
          </nav>
        )}
        <div className="ml-auto flex items-center gap-3 text-sm">
          <LanguageSwitcher current={locale as Locale} label={t("language")} />
          {user && (
            <>
              <Link href="/account" prefetch={false} className="hidden text-slate-600 underline-offset-4 hover:underline sm:inline" data-testid="current-user">
                {user.name} · {t(`roles.${user.role}`)}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">
                  {t("signOut")}
                </button>
              </form>
            </>
          )}
        </div>
      </div>
      {sessionEndsAt && <SessionExpiryWarning endsAt={sessionEndsAt.toISOString()} />}
    </header>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"common">>>;

function navLinks(role: keyof typeof HOME_BY_ROLE, t: Translate): { href: string; label: string }[] {
  const methodology = { href: "/methodology", label: t("nav.methodology") };
  if (role === "RESPONDENT") return [{ href: "/assessments", label: t("nav.assessments") }, { href: "/agency", label: t("nav.agency") }, methodology];
  const coordinator = [
    { href: "/coordinator", label: t("nav.submissions") },
    { href: "/coordinator/regions", label: t("nav.regions") },
    { href: "/coordinator/datasets", label: t("nav.datasets") },
  ];
  if (role === "COORDINATOR") return [...coordinator, methodology];
  return [{ href: "/admin", label: t("nav.admin") }, ...coordinator, methodology];
}
