import { getTranslations } from "next-intl/server";
import type { IndexScore } from "@/lib/scoring/types";
import { getFormat } from "@/lib/format/get-format";

/** The two indices with their stages; an index not computed says why (too few dimensions scored). */
export async function IndexSummary({ indices }: { indices: readonly IndexScore[] }) {
  const [t, f] = await Promise.all([getTranslations("results"), getFormat()]);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {indices.map((index) => (
        <section key={index.index} aria-labelledby={`index-${index.index}`} className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 id={`index-${index.index}`} className="text-sm font-medium text-slate-700">
            {t(`indices.${index.index}`)}
          </h3>
          {index.value === null || index.stage === null ? (
            <p className="mt-2 text-sm text-slate-700" data-testid={`index-${index.index}`} data-value="">
              {t("indices.notComputed", { scored: index.dimensionsScored, required: index.dimensionsRequired })}
            </p>
          ) : (
            <p className="mt-2">
              <span className="text-3xl font-semibold" data-testid={`index-${index.index}`} data-value={f.score(index.value)}>
                {f.score(index.value)}
              </span>
              <span className="text-sm text-slate-600"> / 100</span>
              <span className="ml-3 rounded bg-brand-50 px-2 py-1 text-sm font-medium text-brand-800" data-testid={`index-${index.index}-stage`}>
                {t(`stages.${index.stage}`)}
              </span>
            </p>
          )}
          <p className="mt-1 text-xs text-slate-600">
            {t("indices.basis", { scored: index.dimensionsScored, total: index.dimensions.length, required: index.dimensionsRequired })}
          </p>
        </section>
      ))}
    </div>
  );
}
