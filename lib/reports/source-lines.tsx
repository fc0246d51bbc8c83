import { Text } from "@react-pdf/renderer";
import type { Citation, Exactness } from "@/lib/benchmarks/citation-schema";
import { figureExactness, sourceLine } from "@/lib/benchmarks/citations";
import type { CohortRef } from "@/lib/scoring/types";
import { citeOf } from "./cite";
import type { ReportContext } from "./context";
import { styles } from "./styles";

type Figure = { cohort: CohortRef; source?: string; citation?: Citation; exactness?: Exactness; kind?: string; hasCounts?: boolean };

/** Under a figure: how exact it is, in plain words, then the citation of the study (never working notes). */
export function SourceLines({ ctx, figure }: { ctx: ReportContext; figure: Figure }) {
  const cite = citeOf(ctx);
  const exactness = figureExactness(figure, cite);
  return (
    <>
      {exactness ? <Text style={styles.small}>{exactness}</Text> : null}
      <Text style={styles.small}>{sourceLine(figure, cite)}</Text>
    </>
  );
}
