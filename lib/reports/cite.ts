import { createCitationDisplay } from "@/lib/benchmarks/citation-display";
import type { CitationDisplay } from "@/lib/benchmarks/citations";
import type { ReportContext } from "./context";

/** The report's citation display: the same wording as the results page, in the report's language. */
export function citeOf(ctx: Pick<ReportContext, "data" | "t" | "f">): CitationDisplay {
  return createCitationDisplay(ctx.data.locale, ctx.t, ctx.f.share);
}
