import { getTranslations } from "next-intl/server";
import type { DimensionScore } from "@/lib/scoring/types";
import { getFormat } from "@/lib/format/get-format";
import { asTranslate, itemLabel, optionLabel } from "./labels";

/** The arithmetic behind a dimension score, from the snapshot: points per item, sum, count, 100 × sum / (3 × n). */
export async function WhyThisScore({ score }: { score: DimensionScore }) {
  const [t, tInstrument, f] = await Promise.all([getTranslations("results"), getTranslations("instrument"), getFormat()]);
  const ti = asTranslate(tInstrument);
  return (
    <details className="rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm" data-testid={`why-${score.dimension}`}>
      <summary className="cursor-pointer font-medium text-brand-700">{t("why.title")}</summary>
      <table className="mt-2 w-full text-left">
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-600">
            <th scope="col" className="py-1 pr-3">{t("why.item")}</th>
            <th scope="col" className="py-1 pr-3">{t("why.answer")}</th>
            <th scope="col" className="py-1">{t("why.points")}</th>
          </tr>
        </thead>
        <tbody>
          {score.items.map((item) => (
            <tr key={item.itemId} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-3 font-normal">{itemLabel(ti, item.itemId)}</th>
              <td className="py-1 pr-3">{item.answer === null ? t("why.unanswered") : optionLabel(ti, item.itemId, item.answer)}</td>
              <td className="py-1">{item.points === null ? t("why.noPoints") : item.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2" data-testid={`why-${score.dimension}-arithmetic`}>
        {score.score === null
          ? t("why.insufficient", { answered: score.answeredWithPoints, total: score.itemCount })
          : t("why.arithmetic", {
              sum: score.sumPoints,
              n: score.answeredWithPoints,
              total: score.itemCount,
              exact: f.exactScore(score.score),
              score: f.score(score.score),
            })}
      </p>
      <p className="mt-1 text-xs text-slate-600">{t("why.rule")}</p>
    </details>
  );
}
