import { Text, View } from "@react-pdf/renderer";
import { freeTextStyle } from "@/lib/reports/fonts";
import { printableText, textDirection } from "@/lib/reports/free-text";
import { styles } from "@/lib/reports/styles";
import type { Table } from "../regional-view";

/**
 * A view-model table in the PDF: the first column wider (labels), the figures right-aligned.
 */
export function PdfTable({ table, firstWidth = 150, fontSize = 8 }: { table: Table; firstWidth?: number; fontSize?: number }) {
  const cell = { flex: 1, textAlign: "right" as const, paddingHorizontal: 2 };
  return (
    <View style={{ marginBottom: 6, fontSize }}>
      <Text style={[styles.small, { marginBottom: 2 }]}>{table.caption}</Text>
      <View style={styles.tableHead} fixed>
        {table.columns.map((column, index) => (
          <Text key={column} style={index === 0 ? { width: firstWidth } : cell}>{column}</Text>
        ))}
      </View>
      {table.rows.map((row, index) => (
        <View key={index} style={styles.tableRow} wrap={false}>
          <Text style={{ width: firstWidth }}>{row.label}</Text>
          {row.cells.map((value, i) => (
            <Text key={i} style={cell}>{value}</Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/**
 * The named annex in the PDF: one block per agency (its name may be long and in any script), its country,
 * then each dimension's score; a 12-column table would not fit an A4 page.
 */
export function PdfAnnex({ table }: { table: Table }) {
  const [, countryColumn, ...dimensionColumns] = table.columns;
  return (
    <View style={{ fontSize: 8 }}>
      <Text style={[styles.small, { marginBottom: 4 }]}>{table.caption}</Text>
      {table.rows.map((row, index) => {
        const [country, ...scores] = row.cells;
        return (
          <View key={index} style={[styles.item, { marginBottom: 6 }]} wrap={false}>
            <Text style={[styles.bold, freeTextStyle(row.label), { direction: textDirection(row.label), textAlign: "left" }]}>{printableText(row.label)}</Text>
            <Text style={styles.muted}>{`${countryColumn}: ${country}`}</Text>
            <Text>{dimensionColumns.map((column, i) => `${column} ${scores[i]}`).join(" · ")}</Text>
          </View>
        );
      })}
    </View>
  );
}
