import { StyleSheet } from "@react-pdf/renderer";
import { BODY_FONT } from "./fonts";

export const COLORS = {
  text: "#1f2933",
  muted: "#52606d",
  rule: "#cbd2d9",
  accent: "#1d4e89",
  bar: "#2f6fb3",
  marker: "#c2410c",
  band: "#f0f4f8",
} as const;

/** A4 with margins wide enough for the running footer; sizes in points. */
export const styles = StyleSheet.create({
  /**
   * No `lineHeight` on the page: react-pdf 4.9 re-lays the footer's page-number callback out on a bare page
   * and an inherited line height then puts it thousands of points off the page (the footer was missing from
   * every page). The body's line height lives on `body`, the view that holds a page's content.
   */
  page: { fontFamily: BODY_FONT, fontSize: 9.5, color: COLORS.text, paddingTop: 48, paddingBottom: 64, paddingHorizontal: 48 },
  body: { fontSize: 9.5, lineHeight: 1.4 },
  h1: { fontSize: 18, lineHeight: 1.25, fontWeight: 700, color: COLORS.accent, marginBottom: 10 },
  h2: { fontSize: 13, lineHeight: 1.25, fontWeight: 700, color: COLORS.accent, marginTop: 12, marginBottom: 6 },
  h3: { fontSize: 10.5, lineHeight: 1.3, fontWeight: 700, marginTop: 8, marginBottom: 3 },
  paragraph: { marginBottom: 5 },
  muted: { color: COLORS.muted },
  small: { fontSize: 8, color: COLORS.muted },
  bold: { fontWeight: 700 },
  row: { flexDirection: "row" },
  band: { backgroundColor: COLORS.band, padding: 8, marginBottom: 8 },
  rule: { borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, marginVertical: 6 },
  footer: { position: "absolute", bottom: 20, left: 48, right: 48, height: 36, flexDirection: "row", justifyContent: "space-between", fontSize: 7, color: COLORS.muted, borderTopWidth: 0.5, borderTopColor: COLORS.rule, paddingTop: 4 },
  footerText: { flex: 1, paddingRight: 12 },
  /** A fixed width: the page number is laid out after the row, which would otherwise give it no room. */
  pageNumber: { width: 72, textAlign: "right" },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, paddingVertical: 2 },
  tableHead: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: COLORS.text, paddingVertical: 2, fontWeight: 700 },
  item: { marginBottom: 6, paddingLeft: 6, borderLeftWidth: 2, borderLeftColor: COLORS.rule },
  indent: { paddingLeft: 10 },
});
