import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getReportData } from "./get-report-data";
import { getReportPdf, type Renderer } from "./report-cache";

/**
 * Rendering runs on the request thread and holds it for the length of a render (0.5–1.5 s on 2 cores):
 * it starts a moment after the submission's response, so the page the respondent is sent to loads first.
 */
const START_DELAY_MS = 1_500;

/**
 * Renders and stores the report of a just-submitted assessment in the submitter's language, with their
 * access, after the response has gone (`after()` in the action): their first download is then a read. The
 * other languages render on their first request (once, whoever asks). Failures are logged, never thrown:
 * the download renders on request as a fallback.
 */
export async function prerenderReport(user: SessionUser, assessmentId: string, render: Renderer): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, START_DELAY_MS));
  const locale: Locale = isLocale(user.language) ? user.language : "en";
  try {
    const data = await getReportData(user, assessmentId, locale);
    if (data.ok) await getReportPdf(data.data, render);
  } catch (error) {
    console.error(`Pre-rendering the ${locale} report of ${assessmentId} failed`, error);
  }
}
