import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";

// Placeholder home of the respondent role; the questionnaire issue replaces it with the assessments list.
export default async function AssessmentsPage() {
  await requireRole("RESPONDENT");
  const t = await getTranslations("common");
  return <h1 className="text-2xl font-semibold">{t("nav.assessments")}</h1>;
}
