import { getTranslations } from "next-intl/server";
import { getHelpUrl } from "@/lib/data/settings/help-link";

/** The administrator's help and contact link (/admin/settings), or nothing when none is set. */
export async function HelpContactLink({ className = "" }: { className?: string }) {
  const [helpUrl, t] = await Promise.all([getHelpUrl(), getTranslations("common")]);
  if (!helpUrl) return null;
  const isExternal = helpUrl.startsWith("http");
  return (
    <a href={helpUrl} className={className} data-testid="help-contact-link" {...(isExternal ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
      {t("helpAndContact")}
    </a>
  );
}
