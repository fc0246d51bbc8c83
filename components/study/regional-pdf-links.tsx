import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";
import { regionalReportPdfPath } from "@/lib/study/pdf-path";
import type { RegionalReportQuery } from "@/lib/study/schemas";

/** The report as a PDF, in each of the three languages whatever the interface's. */
export async function RegionalPdfLinks({ query }: { query: RegionalReportQuery }) {
  const t = await getTranslations("study.report.form");
  return (
    <nav aria-label={t("pdfLabel")} className="flex flex-wrap gap-2">
      {LOCALES.map((lang) => (
        <a key={lang} href={regionalReportPdfPath(query, lang)} className={buttonClasses("secondary")} data-testid={`regional-pdf-${lang}`} download>
          {t("pdf", { language: LOCALE_NAMES[lang] })}
        </a>
      ))}
    </nav>
  );
}
