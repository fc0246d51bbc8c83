import type { ReactNode } from "react";
import { Page, View } from "@react-pdf/renderer";
import type { ReportContext } from "./context";
import { PageFooter } from "./page-footer";
import { styles } from "./styles";

/** An A4 page of the report with its running footer; long content flows onto further pages. */
export function ReportPage({ ctx, children }: { ctx: ReportContext; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page} wrap>
      <PageFooter ctx={ctx} />
      <View style={styles.body}>{children}</View>
    </Page>
  );
}
