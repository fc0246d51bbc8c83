import "server-only";
import type { NamedAgency } from "@/lib/study/regional-report";
import type { CohortSelection } from "../live-items/count-answers";

/** The agencies of the cohort that agreed to be named in regional reports, with their dimension scores. */
export async function loadNamedAnnex(selection: CohortSelection): Promise<NamedAgency[]> {
  void selection;
  throw new Error("not yet");
}
