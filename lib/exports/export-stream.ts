import { csvHead, csvRows } from "./csv-rows";
import { jsonExport } from "./json-export";
import type { ExportRecord } from "./types";

/**
 * The export file as a byte stream: the head goes out at once (the first bytes do not wait for the
 * database), then one page of records per pull, so the server holds one page at a time and a slow
 * client slows the reading down instead of filling memory. Cancelling the download stops the reading.
 * `beforeRecords` runs once before the first record is read (the route records the export in the audit
 * log there: no record leaves unaudited, and the head does not wait for the audit's write).
 */
export function exportStream(
  format: "csv" | "json",
  pages: AsyncGenerator<ExportRecord[]>,
  exportedAt: Date,
  beforeRecords: () => Promise<void> = async () => {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let written = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? csvHead() : jsonExport.head(exportedAt)));
    },
    async pull(controller) {
      if (!started) {
        started = true;
        await beforeRecords();
      }
      const next = await pages.next();
      if (next.done) {
        if (format === "json") controller.enqueue(encoder.encode(jsonExport.tail(written)));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(format === "csv" ? csvRows(next.value) : jsonExport.records(next.value, written === 0)));
      written += next.value.length;
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
