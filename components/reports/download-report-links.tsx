import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/** The route of the report PDF in one language (app/api/reports/[assessmentId]/pdf). */
export function reportUrl(assessmentId: string, locale: string): string {
  return `/api/reports/${encodeURIComponent(assessmentId)}/pdf?lang=${locale}`;
}

/**
 * Three download links (EN, FR, ES) to the benchmark report. A server component: plain links, no script,
 * so they work on slow connections. Show it only for assessments that have scores (not drafts).
 */
export async function DownloadReportLinks({ assessmentId, compact = false }: { assessmentId: string; compact?: boolean }) {
  const t = await getTranslations("report.download");
  return (
    <div className="flex flex-wrap items-center gap-2">
      {compact ? null : <span className="text-sm font-medium text-slate-700">{t("label")}</span>}
      <ul className="flex flex-wrap gap-2" aria-label={t("label")}>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={reportUrl(assessmentId, locale)}
              download
              hrefLang={locale}
              className={buttonClasses("secondary", "px-3 py-1")}
              title={t("linkLabel", { language: LOCALE_NAMES[locale] })}
            >
              {/* The accessible name starts with the visible text (WCAG 2.5.3) and adds the language. */}
              PDF {locale.toUpperCase()}
              <span className="sr-only"> ({LOCALE_NAMES[locale]})</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
