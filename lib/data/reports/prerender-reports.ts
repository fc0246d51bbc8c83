import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { LOCALES } from "@/lib/i18n/locales";
import { getReportData } from "./get-report-data";
import { getReportPdf, type Renderer } from "./report-cache";

/**
 * Renders and stores the report of an assessment in every language, for the user who just submitted it
 * (so with their access), after the response has gone (`after()` in the action): the first download is
 * then a read. One language after another, yielding between them, so that the process keeps answering.
 * Failures are logged, never thrown: the download renders on first request as a fallback.
 */
export async function prerenderReports(user: SessionUser, assessmentId: string, render: Renderer): Promise<void> {
  for (const locale of LOCALES) {
    try {
      const data = await getReportData(user, assessmentId, locale);
      if (!data.ok) return;
      await getReportPdf(data.data, render);
    } catch (error) {
      console.error(`Pre-rendering the ${locale} report of ${assessmentId} failed`, error);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}
