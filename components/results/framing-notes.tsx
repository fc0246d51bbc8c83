import { getLocale, getTranslations } from "next-intl/server";
import { isOutsideStudiedRegions, unscoredSentence } from "@/lib/benchmarks/framing";
import type { AssessmentScores } from "@/lib/scoring/types";
import { asTranslate } from "./labels";

/**
 * The results headline's two notes: why a dimension is not scored, and, for an agency outside the studied
 * regions, what the comparison with the Asia-Pacific and Latin American studies means for it.
 */
export async function FramingNotes({ scores, region }: { scores: AssessmentScores; region: string }) {
  const [tAll, locale] = await Promise.all([getTranslations(), getLocale()]);
  const t = asTranslate(tAll);
  const unscored = unscoredSentence(scores.dimensions, t, (d) => t(`instrument.sections.${d}.title`), locale, t("results.insufficient"));
  const outside = isOutsideStudiedRegions(region, scores.comparisons.map((c) => c.cohort.region));
  if (!unscored && !outside) return null;
  return (
    <div className="space-y-2">
      {unscored && (
        <p className="rounded border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm" data-testid="unscored-note">
          {unscored}
        </p>
      )}
      {outside && (
        <p className="rounded border-l-4 border-brand-100 bg-slate-50 px-3 py-2 text-sm" data-testid="region-framing">
          {t("benchmarks.framing.outsideRegion", { region: t(`common.regions.${region}`) })}
        </p>
      )}
    </div>
  );
}
