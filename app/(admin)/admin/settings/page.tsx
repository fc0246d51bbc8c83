import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HelpLinkForm } from "@/components/settings/help-link-form";
import { requireRole } from "@/lib/session/guards";
import { getHelpUrl } from "@/lib/data/settings/help-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.settings"))("title") };
}

export default async function AdminSettingsPage() {
  await requireRole("ADMIN");
  const [t, helpUrl] = await Promise.all([getTranslations("admin.settings"), getHelpUrl()]);
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-slate-700">{t("intro")}</p>
      <HelpLinkForm helpUrl={helpUrl} />
    </section>
  );
}
