import { Text, View } from "@react-pdf/renderer";
import { freeTextStyle } from "@/lib/reports/fonts";
import { styles } from "@/lib/reports/styles";
import type { Table } from "../regional-view";

/**
 * A view-model table in the PDF: the first column wider (labels), the figures right-aligned. `freeText`
 * rows are agency names (the named annex), which may be in any script.
 */
export function PdfTable({ table, firstWidth = 150, fontSize = 8, freeText = false }: { table: Table; firstWidth?: number; fontSize?: number; freeText?: boolean }) {
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
          <Text style={[{ width: firstWidth }, freeText ? freeTextStyle(row.label) : {}]}>{row.label}</Text>
          {row.cells.map((value, i) => (
            <Text key={i} style={cell}>{value}</Text>
          ))}
        </View>
      ))}
    </View>
  );
}
