import { errorResponse } from "@/lib/http/error-response";
import { checkUser } from "@/lib/session/guards";
import { toCodebookCsv } from "@/lib/exports/codebook";

/** GET /api/exports/codebook: the description of every column of the assessments CSV (no agency data). */
export async function GET(): Promise<Response> {
  const guard = await checkUser();
  if (!guard.ok) return errorResponse(guard);
  return new Response(toCodebookCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="assessments-codebook.csv"',
      "Cache-Control": "no-store",
    },
  });
}
