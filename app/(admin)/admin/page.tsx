import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";

// Placeholder home of the admin role; the coordinator issue replaces it with the administration pages.
export default async function AdminPage() {
  await requireRole("ADMIN");
  const t = await getTranslations("common");
  return <h1 className="text-2xl font-semibold">{t("nav.admin")}</h1>;
}
