import { checkUser } from "@/lib/auth/guards";
import { CSV_COLUMNS } from "@/lib/benchmarks/csv-format";
import { toCsv } from "@/lib/benchmarks/import";
import { loadScoringDatasets } from "@/lib/data/snapshots";

/**
 * CSV template for a dataset import (coordinators and admins): with `?dataset=<id>`, the export of the
 * version new submissions use (the easiest starting point for a new version); otherwise the header alone.
 */
export async function GET(request: Request): Promise<Response> {
  const guard = await checkUser({ permission: "dataset:import" });
  if (!guard.ok) return Response.json({ error: guard.error }, { status: guard.status });
  const datasetId = new URL(request.url).searchParams.get("dataset");
  let csv = `${CSV_COLUMNS.join(",")}\r\n`;
  let filename = "benchmark-dataset-template.csv";
  if (datasetId) {
    const dataset = (await loadScoringDatasets()).find((candidate) => candidate.id === datasetId);
    if (!dataset) return Response.json({ error: "validation.notFound" }, { status: 404 });
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
