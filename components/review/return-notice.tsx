import { getFormatter, getTranslations } from "next-intl/server";
import type { ReviewFeedback } from "@/lib/data/review/get-review-feedback";

/** On the respondent's assessment overview: why the coordinator returned it. */
export async function ReturnNotice({ returnReason }: { returnReason: ReviewFeedback["returnReason"] }) {
  if (!returnReason) return null;
  const [t, format] = await Promise.all([getTranslations("coordinator.feedback"), getFormatter()]);
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="return-notice">
      <p className="font-semibold">{t("returnedTitle")}</p>
      <p className="mt-1 whitespace-pre-line">{returnReason.reason}</p>
      <p className="mt-1 text-xs text-amber-800">
        {t("returnedBy", { name: returnReason.actorName, date: format.dateTime(returnReason.createdAt, { dateStyle: "medium" }) })}
      </p>
      <p className="mt-2">{t("returnedHint")}</p>
    </div>
  );
}
