import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import type { SubmissionFilters } from "@/lib/coordinator/submission-filters";
import { ASSESSMENT_STATUSES, REGIONS } from "@/lib/enums";
import { countryName } from "@/lib/i18n/country-codes";

const FIELD = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm";

/**
 * A plain GET form: filtering works without JavaScript and every filtered list has its own URL
 * (bookmarks, the browser's back button, the export links).
 */
export async function SubmissionFiltersForm({
  filters,
  countries,
  rounds,
  action,
}: {
  filters: SubmissionFilters;
  countries: string[];
  rounds: number[];
  action: string;
}) {
  const [t, tc, locale] = await Promise.all([getTranslations("coordinator.overview"), getTranslations("common"), getLocale()]);
  return (
    <form method="get" action={action} role="search" className="rounded-md border border-slate-200 bg-white p-4">
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">{t("filters")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <label className="block text-sm font-medium text-slate-800 lg:col-span-1">
            {t("search")}
            <input type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} className={FIELD} />
          </label>
          <label className="block text-sm font-medium text-slate-800">
            {t("status")}
            <select name="status" defaultValue={filters.status ?? ""} className={FIELD}>
              <option value="">{t("anyStatus")}</option>
              {ASSESSMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {tc(`statuses.${status}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-medium text-slate-800">
            {t("region")}
            <select name="region" defaultValue={filters.region ?? ""} className={FIELD}>
              <option value="">{t("anyRegion")}</option>
              {REGIONS.map((region) => (
                <option key={region} value={region}>
                  {tc(`regions.${region}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-medium text-slate-800">
            {t("country")}
            <select name="country" defaultValue={filters.country ?? ""} className={FIELD}>
              <option value="">{t("anyCountry")}</option>
              {countries.map((code) => (
                <option key={code} value={code}>
                  {countryName(code, locale)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-medium text-slate-800">
            {t("round")}
            <select name="round" defaultValue={filters.round?.toString() ?? ""} className={FIELD}>
              <option value="">{t("anyRound")}</option>
              {rounds.map((round) => (
                <option key={round} value={round}>
                  {round}
                </option>
              ))}
            </select>
          </label>
        </div>
        {filters.sort !== "updated" && <input type="hidden" name="sort" value={filters.sort} />}
        {filters.dir !== "desc" && <input type="hidden" name="dir" value={filters.dir} />}
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="submit" className={buttonClasses("primary")}>
            {t("apply")}
          </button>
          <Link href={action} className={buttonClasses("secondary")}>
            {t("clear")}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
