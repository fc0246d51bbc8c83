import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HelpContactLink } from "./help-contact-link";

/** On every page: where to find help (method, glossary, the administrator's contact link) and the sources. */
export async function SiteFooter() {
  const t = await getTranslations("common");
  const link = "underline-offset-4 hover:underline text-slate-700";
  return (
    <footer className="border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-600">
      <nav aria-label={t("footerNavigation")} className="mb-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm">
        <Link href="/glossary" className={link}>
          {t("nav.glossary")}
        </Link>
        <Link href="/methodology" className={link}>
          {t("nav.methodology")}
        </Link>
        <HelpContactLink className={link} />
      </nav>
      <p>{t("footer")}</p>
    </footer>
  );
}
