import { getTranslations } from "next-intl/server";
import { CohortTable } from "@/components/methodology/cohort-table";
import { ProvenanceList } from "@/components/methodology/provenance-list";
import { asTranslate } from "@/components/results/labels";
import { loadScoringDatasets } from "@/lib/data/snapshots";
import { instrument } from "@/lib/questionnaire/instrument";
import { SCALE_OPTIONS, pointsFor } from "@/lib/questionnaire/scales";
import { INDEX_RULES, indexDimensions } from "@/lib/scoring/indices";
import { MIN_LIVE_COHORT } from "@/lib/scoring/live-cohort";
import { SCORING_MODEL_VERSION } from "@/lib/scoring/score-assessment";
import { STAGE_LOWER_BOUNDS, STAGES } from "@/lib/scoring/stages";

export async function generateMetadata() {
  const t = await getTranslations("methodology");
  return { title: t("title") };
}

/** The method in plain words (public: no sign-in), with the figures read from the engine's own constants. */
export default async function MethodologyPage() {
  const [t, tInstrument, tResults, datasets] = await Promise.all([
    getTranslations("methodology"),
    getTranslations("instrument"),
    getTranslations("results"),
    loadScoringDatasets(),
  ]);
  const ti = asTranslate(tInstrument);
  const section = "space-y-3";
  const h2 = "text-xl font-semibold";
  const dimensionsOf = (index: "digital_maturity" | "youth_readiness") => indexDimensions(index).map((d) => ti(`sections.${d}.title`)).join(", ");
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p>{t("intro", { model: SCORING_MODEL_VERSION })}</p>
      </header>

      <section className={section} aria-labelledby="m-points">
        <h2 id="m-points" className={h2}>{t("points.heading")}</h2>
        <p>{t("points.body")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["status", "adoption"] as const).map((kind) => (
            <table key={kind} className="text-left text-sm" data-testid={`points-${kind}`}>
              <caption className="text-left font-medium">{t(`points.${kind}`)}</caption>
              <tbody>
                {SCALE_OPTIONS[kind].map((option) => (
                  <tr key={option} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-normal">{ti(`scales.${kind}.${option}`)}</th>
                    <td className="py-1">{pointsFor(kind, option) ?? t("points.none")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
        <p>{t("points.dontKnow")}</p>
      </section>

      <section className={section} aria-labelledby="m-dimension">
        <h2 id="m-dimension" className={h2}>{t("dimension.heading")}</h2>
        <p>{t("dimension.body")}</p>
        <p className="rounded bg-slate-100 px-3 py-2 font-mono text-sm">{t("dimension.formula")}</p>
        <p>{t("dimension.insufficient")}</p>
        <p>{t("dimension.example")}</p>
      </section>

      <section className={section} aria-labelledby="m-stages">
        <h2 id="m-stages" className={h2}>{t("stages.heading")}</h2>
        <p>{t("stages.body")}</p>
        <table className="text-left text-sm" data-testid="stage-cut-offs">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-6">{t("stages.stage")}</th>
              <th scope="col" className="py-1">{t("stages.range")}</th>
            </tr>
          </thead>
          <tbody>
            {STAGES.map((stage, index) => {
              const next = STAGES[index + 1];
              return (
                <tr key={stage} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-6 font-normal">{tResults(`stages.${stage}`)}</th>
                  <td className="py-1">
                    {next ? t("stages.rangeBelow", { from: STAGE_LOWER_BOUNDS[stage], to: STAGE_LOWER_BOUNDS[next] }) : t("stages.rangeTop", { from: STAGE_LOWER_BOUNDS[stage] })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className={section} aria-labelledby="m-idb">
        <h2 id="m-idb" className={h2}>{t("idb.heading")}</h2>
        <p>{t("idb.body")}</p>
      </section>

      <section className={section} aria-labelledby="m-indices">
        <h2 id="m-indices" className={h2}>{t("indices.heading")}</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("indices.digital", { dimensions: dimensionsOf("digital_maturity"), required: INDEX_RULES.digital_maturity.dimensionsRequired, total: indexDimensions("digital_maturity").length })}</li>
          <li>{t("indices.youth", { dimensions: dimensionsOf("youth_readiness"), required: INDEX_RULES.youth_readiness.dimensionsRequired, total: indexDimensions("youth_readiness").length })}</li>
        </ul>
        <p>{t("indices.stage")}</p>
      </section>

      <section className={section} aria-labelledby="m-comparisons">
        <h2 id="m-comparisons" className={h2}>{t("comparisons.heading")}</h2>
        <p>{t("comparisons.body")}</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("comparisons.distribution")}</li>
          <li>{t("comparisons.multi")}</li>
          <li>{t("comparisons.budget")}</li>
          <li>{t("comparisons.dimension")}</li>
          <li>{t("comparisons.statements")}</li>
        </ul>
        <p>{t("comparisons.noFigure")}</p>
      </section>

      <section className={section} aria-labelledby="m-cohorts">
        <h2 id="m-cohorts" className={h2}>{t("cohorts.heading")}</h2>
        <p>{t("cohorts.body")}</p>
        <CohortTable datasets={datasets} />
      </section>

      <section className={section} aria-labelledby="m-live">
        <h2 id="m-live" className={h2}>{t("live.heading")}</h2>
        <p>{t("live.body", { minimum: MIN_LIVE_COHORT })}</p>
      </section>

      <section className={section} aria-labelledby="m-recommendations">
        <h2 id="m-recommendations" className={h2}>{t("recommendations.heading")}</h2>
        <p>{t("recommendations.body")}</p>
      </section>

      <section className={section} aria-labelledby="m-versions">
        <h2 id="m-versions" className={h2}>{t("versions.heading")}</h2>
        <p>{t("versions.body")}</p>
        <p className="text-sm" data-testid="methodology-versions">
          {t("versions.current", { instrument: instrument.version, model: SCORING_MODEL_VERSION })}
        </p>
      </section>

      <section className={section} aria-labelledby="m-provenance">
        <h2 id="m-provenance" className={h2}>{t("provenance.heading")}</h2>
        <p>{t("provenance.body")}</p>
        <ProvenanceList />
      </section>
    </article>
  );
}
