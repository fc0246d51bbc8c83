import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { REGIONS } from "@/lib/enums";

const FIELD = "mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

/** Region, round and annex of the regional report: a plain GET form, so a report has a URL to share. */
export async function RegionalReportForm({ rounds, value }: { rounds: readonly number[]; value: { region?: string; round?: number; annex?: string } }) {
  const [t, tc] = await Promise.all([getTranslations("study.report.form"), getTranslations("common")]);
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 bg-white p-4" aria-label={t("heading")}>
      <label className="block text-sm font-medium text-slate-800">
        {t("region")}
        <select name="region" defaultValue={value.region ?? ""} required className={FIELD}>
          {REGIONS.map((region) => (
            <option key={region} value={region}>{tc(`regions.${region}`)}</option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium text-slate-800">
        {t("round")}
        <select name="round" defaultValue={value.round?.toString() ?? rounds[0]?.toString() ?? ""} required className={FIELD}>
          {rounds.map((round) => (
            <option key={round} value={round}>{round}</option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium text-slate-800">
        {t("annex")}
        <select name="annex" defaultValue={value.annex ?? "none"} className={FIELD}>
          <option value="none">{t("annexNone")}</option>
          <option value="named">{t("annexNamed")}</option>
        </select>
      </label>
      <button type="submit" className={buttonClasses("primary")}>{t("submit")}</button>
    </form>
  );
}
