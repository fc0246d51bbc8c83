import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { styles } from "@/lib/reports/styles";
import type { RegionalView } from "../regional-view";
import { PdfCitations, PdfItemChart } from "./pdf-item-chart";
import { PdfAnnex, PdfTable } from "./pdf-table";

function Footer({ view, pageLabel }: { view: RegionalView; pageLabel: (page: number, total: number) => string }) {
  return (
    <View style={styles.footer} fixed>
      <Text style={styles.footerText}>{`${view.title} · ${view.generated}`}</Text>
      <Text render={({ pageNumber, totalPages }) => pageLabel(pageNumber, totalPages)} />
    </View>
  );
}

function ReportPage({ view, pageLabel, children }: { view: RegionalView; pageLabel: (page: number, total: number) => string; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page} wrap>
      <Footer view={view} pageLabel={pageLabel} />
      {children}
    </Page>
  );
}

/** The regional report as a PDF: the same view model as the page, section by section. */
export function RegionalDocument({ view, pageLabel }: { view: RegionalView; pageLabel: (page: number, total: number) => string }) {
  const page = (children: ReactNode) => (
    <ReportPage view={view} pageLabel={pageLabel}>
      {children}
    </ReportPage>
  );
  return (
    <Document title={view.title}>
      {page(
        <>
          <Text style={styles.h1}>{view.title}</Text>
          <Text style={[styles.paragraph, styles.muted]}>{view.subtitle}</Text>
          <Text style={[styles.paragraph, styles.small]}>{view.generated}</Text>
          <Text style={styles.h2}>{view.headings.participation}</Text>
          <Text style={styles.paragraph}>{view.participation}</Text>
          <Text style={[styles.paragraph, styles.muted]}>{view.threshold}</Text>
          {view.tooFew && <Text style={[styles.paragraph, styles.bold]}>{view.tooFew}</Text>}
          {!view.tooFew && (
            <>
              <Text style={styles.h2}>{view.headings.dimensions}</Text>
              <PdfTable table={view.dimensions} firstWidth={110} fontSize={7.5} />
              {view.dimensionNotes.map((note) => (
                <Text key={note} style={styles.small}>{note}</Text>
              ))}
              <Text style={styles.h3}>{view.headings.indices}</Text>
              <PdfTable table={view.indices} />
            </>
          )}
          <Text style={styles.h2}>{view.headings.method}</Text>
          {view.method.map((line) => (
            <Text key={line} style={[styles.paragraph, styles.small]}>{line}</Text>
          ))}
        </>,
      )}
      {!view.tooFew &&
        page(
          <>
            <Text style={styles.h2}>{view.headings.items}</Text>
            <Text style={[styles.paragraph, styles.muted]}>{view.itemsIntro}</Text>
            {view.itemGroups.map((group) => (
              <View key={group.heading}>
                <Text style={styles.h3} minPresenceAhead={40}>{group.heading}</Text>
                {group.items.map((item) => (
                  <PdfItemChart key={item.itemId} item={item} />
                ))}
              </View>
            ))}
          </>,
        )}
      {!view.tooFew &&
        page(
          <>
            <Text style={styles.h2}>{view.headings.barriers}</Text>
            <PdfTable table={view.barriers.table} firstWidth={40} />
            <PdfCitations citations={view.barriers.published} />
            <Text style={styles.h2}>{view.headings.budgets}</Text>
            {view.budgets.map((item) => (
              <PdfItemChart key={item.itemId} item={item} />
            ))}
            <Text style={styles.h2}>{view.headings.studies}</Text>
            <PdfTable table={view.studies} firstWidth={150} />
            <Text style={styles.h2}>{view.headings.conclusions}</Text>
            {view.conclusions.map((conclusion) => (
              <View key={conclusion.title} style={{ marginBottom: 4 }} wrap={false}>
                <Text style={styles.bold}>{conclusion.title}</Text>
                {conclusion.evidence.map((line) => (
                  <Text key={line} style={styles.indent}>• {line}</Text>
                ))}
              </View>
            ))}
          </>,
        )}
      {!view.tooFew &&
        view.annex &&
        page(
          <>
            <Text style={styles.h2}>{view.headings.annex}</Text>
            <Text style={styles.paragraph}>{view.annex.intro}</Text>
            {view.annex.table && <PdfAnnex table={view.annex.table} />}
            {view.annex.empty && <Text>{view.annex.empty}</Text>}
          </>,
        )}
    </Document>
  );
}
