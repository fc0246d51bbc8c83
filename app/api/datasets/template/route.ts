import { errorResponse } from "@/lib/http/error-response";
import { checkUser } from "@/lib/session/guards";
import { CSV_COLUMNS } from "@/lib/benchmarks/csv-format";
import { toCsv } from "@/lib/benchmarks/import";
import { loadScoringDatasets } from "@/lib/data/snapshots";
import { fail } from "@/lib/result";

/**
 * CSV template for a dataset import (coordinators and admins): with `?dataset=<id>`, the export of the
 * version new submissions use (the easiest starting point for a new version); otherwise the header alone.
 */
export async function GET(request: Request): Promise<Response> {
  const guard = await checkUser({ permission: "dataset:import" });
  if (!guard.ok) return errorResponse(guard);
  const datasetId = new URL(request.url).searchParams.get("dataset");
  let csv = `${CSV_COLUMNS.join(",")}\r\n`;
  let filename = "benchmark-dataset-template.csv";
  if (datasetId) {
    const dataset = (await loadScoringDatasets()).find((candidate) => candidate.id === datasetId);
    if (!dataset) return errorResponse(fail("notFound"));
    csv = toCsv(dataset);
    filename = `${dataset.id}-${dataset.datasetVersion}.csv`;
  }
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
