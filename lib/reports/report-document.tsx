import { Document } from "@react-pdf/renderer";
import { AnnexPages } from "./annex-pages";
import type { ReportContext } from "./context";
import { CoverPage } from "./cover-page";
import { HowToReadPage } from "./how-to-read-page";
import { PartPages } from "./part-pages";
import { RecommendationsPage } from "./recommendations-page";
import { SummaryPage } from "./summary-page";

/** The benchmark report, in the order of the issue: cover, summary, how to read, parts, recommendations, annex. */
export function ReportDocument({ ctx }: { ctx: ReportContext }) {
  const { data, t } = ctx;
  return (
    <Document
      title={`${t("report.title")}: ${data.agency.name}, ${data.assessment.round}`}
      author={t("common.appName")}
      subject={t("report.subtitle")}
      language={data.locale}
      creator={t("common.appName")}
      producer={t("common.appName")}
    >
      <CoverPage ctx={ctx} />
      <SummaryPage ctx={ctx} />
      <HowToReadPage ctx={ctx} />
      <PartPages ctx={ctx} />
      <RecommendationsPage ctx={ctx} />
      <AnnexPages ctx={ctx} />
    </Document>
  );
}
