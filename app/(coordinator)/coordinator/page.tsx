import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";

// Placeholder home of the coordinator role; the coordinator issue replaces it with the submissions overview.
export default async function CoordinatorPage() {
  await requireRole("COORDINATOR", "ADMIN");
  const t = await getTranslations("common");
  return <h1 className="text-2xl font-semibold">{t("nav.submissions")}</h1>;
}
