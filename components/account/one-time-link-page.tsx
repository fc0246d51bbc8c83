import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { getLinkState, LINK_ERRORS } from "@/lib/data/account";
import type { LinkPurpose } from "@/lib/mail/build-message";
import { SetPasswordForm } from "./set-password-form";

/**
 * The public page behind an invitation or reset link: the password form for a valid link, otherwise one
 * clear message (expired, used, or not valid) that says nothing about which accounts exist.
 */
export async function OneTimeLinkPage({ token, purpose }: { token: string; purpose: LinkPurpose }) {
  const [t, link] = await Promise.all([getTranslations(), getLinkState(token, purpose)]);
  return (
    <div className="mx-auto mt-8 max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-semibold">{purpose === "INVITE" ? t("admin.password.inviteTitle") : t("admin.password.resetTitle")}</h1>
      {link.state === "valid" ? (
        <>
          <p className="mt-2 text-sm text-slate-600">{t("admin.password.forAccount", { email: link.email ?? "" })}</p>
          <SetPasswordForm token={token} purpose={purpose} />
        </>
      ) : (
        <div className="mt-6" data-testid="link-refused">
          <Alert tone="error">{t(LINK_ERRORS[link.state])}</Alert>
        </div>
      )}
    </div>
  );
}
