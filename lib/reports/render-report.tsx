import { renderToBuffer } from "@react-pdf/renderer";
import { freeTextStyle, registerReportFonts } from "./fonts";
import { printableText } from "./free-text";
import { createFormat } from "@/lib/format/create-format";
import { ReportDocument } from "./report-document";
import { createReportTranslator } from "./translator";
import type { ReportData } from "./types";

/** Renders the report to a PDF buffer. The one entry point of the route, the tests and the benchmark. */
export async function renderReport(input: ReportData): Promise<Buffer> {
  registerReportFonts();
  // The name is printed on every page (cover, footer, document title): made printable once here.
  const data = { ...input, agency: { ...input.agency, name: printableText(input.agency.name) } };
  const ctx = {
    data,
    t: createReportTranslator(data.locale),
    f: createFormat(data.locale),
    agencyFont: freeTextStyle(data.agency.name),
  };
  return renderToBuffer(<ReportDocument ctx={ctx} />);
}
