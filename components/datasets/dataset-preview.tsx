import { getLocale, getTranslations } from "next-intl/server";
import { formatBound } from "@/lib/benchmarks/bound-notation";
import { listPublishedLevels, type Dataset, type ItemFigure } from "@/lib/benchmarks/dataset-schema";
import type { Locale } from "@/lib/i18n/locales";

function figureText(figure: ItemFigure): string {
  if (figure.kind === "bound") return formatBound(figure.bound);
  const options = new Set([...Object.keys(figure.shares), ...Object.keys(figure.counts ?? {}), ...Object.keys("bounds" in figure ? (figure.bounds ?? {}) : {})]);
  return [...options]
    .map((option) => {
      const share = figure.shares[option];
      const count = figure.counts?.[option];
      const published = figure.kind === "multi" ? figure.bounds?.[option] : undefined;
      const bound = published === undefined ? undefined : formatBound(published);
      const parts = [share !== undefined ? `${(share * 100).toFixed(1)}%` : null, count !== undefined ? `n=${count}` : null, bound ?? null].filter(Boolean);
      return `${option}: ${parts.join(", ")}`;
    })
    .join(" · ");
}

/** A dataset version as imported: its provenance, then every figure per item and dimension with its source. */
export async function DatasetPreview({ dataset }: { dataset: Dataset }) {
  const [t, locale] = await Promise.all([getTranslations("benchmarks"), getLocale()]);
  const levels = listPublishedLevels(dataset);
  const items = Object.entries(dataset.items ?? {});
  return (
    <div className="space-y-6" data-testid="dataset-preview">
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-600">{t("preview.name")}</dt>
        <dd>{dataset.name[locale as Locale] ?? dataset.name.en}</dd>
        <dt className="text-slate-600">{t("preview.datasetId")}</dt>
        <dd>{dataset.id}</dd>
        <dt className="text-slate-600">{t("preview.version")}</dt>
        <dd data-testid="preview-version">{dataset.datasetVersion}</dd>
        <dt className="text-slate-600">{t("preview.region")}</dt>
        <dd>{dataset.region}</dd>
        <dt className="text-slate-600">{t("preview.year")}</dt>
        <dd>{dataset.surveyYear}</dd>
        <dt className="text-slate-600">{t("preview.n")}</dt>
        <dd data-testid="preview-n">{dataset.n === null ? t("comparison.nNotPublished") : dataset.n}{dataset.nNote ? ` (${dataset.nNote})` : ""}</dd>
        <dt className="text-slate-600">{t("preview.source")}</dt>
        <dd>{dataset.source}</dd>
        {dataset.unavailable && (
          <>
            <dt className="text-slate-600">{t("preview.unavailable")}</dt>
            <dd>{dataset.unavailable}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="preview-items" className="space-y-2">
        <h2 id="preview-items" className="text-lg font-semibold">{t("preview.itemsHeading", { count: items.length })}</h2>
        {items.length === 0 ? (
          <p className="text-sm text-slate-600">{t("preview.noItems")}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("preview.itemsHeading", { count: items.length })}>
            <table className="w-full min-w-[640px] text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{t("preview.item")}</th>
                  <th scope="col" className="py-2 pr-3">{t("preview.kind")}</th>
                  <th scope="col" className="py-2 pr-3">{t("preview.figures")}</th>
                  <th scope="col" className="py-2">{t("preview.figureSource")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map(([itemId, figure]) => (
                  <tr key={itemId} className="border-b border-slate-100 align-top" data-testid={`preview-item-${itemId}`}>
                    <th scope="row" className="py-2 pr-3 font-mono text-xs font-normal">{itemId}</th>
                    <td className="py-2 pr-3">{figure.kind}</td>
                    <td className="py-2 pr-3">{figureText(figure)}</td>
                    <td className="py-2 text-xs">{figure.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="preview-levels" className="space-y-2">
        <h2 id="preview-levels" className="text-lg font-semibold">{t("preview.levelsHeading")}</h2>
        {levels.length === 0 ? (
          <p className="text-sm text-slate-600">{t("preview.noLevels")}</p>
        ) : (
          <>
            <ul className="text-sm">
              {levels.map(([dimension, level]) => (
                <li key={dimension} data-testid={`preview-level-${dimension}`}>
                  <span className="font-mono text-xs">{dimension}</span>: {level.toFixed(1)}
                </li>
              ))}
            </ul>
            <p className="text-xs text-slate-600">
              {dataset.dimensions?._meta.scale} · {dataset.dimensions?._meta.source}
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="preview-statements" className="space-y-2">
        <h2 id="preview-statements" className="text-lg font-semibold">{t("preview.statementsHeading", { count: dataset.statements?.length ?? 0 })}</h2>
        <ul className="space-y-1 text-sm">
          {(dataset.statements ?? []).map((statement, index) => (
            <li key={index}>
              <span className="font-mono text-xs">{statement.item ?? statement.dimension}</span>: {statement.bound ? `${formatBound(statement.bound)} — ` : ""}
              {statement.en} <span className="text-xs text-slate-600">({statement.source})</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
