import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { ActiveToggle } from "@/components/admin/active-toggle";
import { UserForm } from "@/components/admin/user-form";
import { UserLinkButton } from "@/components/admin/user-link-button";
import { recordIdSchema } from "@/lib/admin/schemas";
import { requireRole } from "@/lib/session/guards";
import { getUser, listAgencyOptions } from "@/lib/data/admin";
import { pageData } from "@/lib/http/page-data";

type Props = { params: Promise<{ userId: string }> };

/** Shared by the title and the page (one read); an unknown id is a 404 before the page streams. */
const loadUser = cache(async (userId: string) => {
  const admin = await requireRole("ADMIN");
  if (!recordIdSchema.safeParse(userId).success) notFound();
  return { admin, user: pageData(await getUser(admin, userId)) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { user } = await loadUser((await params).userId);
  return { title: `${(await getTranslations("admin.users"))("editTitle")}: ${user.name}` };
}

export default async function EditUserPage({ params }: Props) {
  const { admin, user } = await loadUser((await params).userId);
  const isSelf = user.id === admin.id;
  const [t, list, common, agencies] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("admin.list"),
    getTranslations("common"),
    listAgencyOptions(admin, user.agencyId),
  ]);
  return (
    <section className="space-y-6">
      <Link href="/admin/users" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("editTitle")}</h1>
        <p className="mt-1 text-slate-700">
          {user.email} · {common(`roles.${user.role}`)} ·{" "}
          <span data-testid="user-status">{user.active ? list("active") : list("inactive")}</span>
          {user.active && user.isPending && <> · {t("pending")}</>}
          {user.active && user.mustResetPassword && <> · {t("mustReset")}</>}
        </p>
      </div>
      <UserForm
        userId={user.id}
        isSelf={isSelf}
        agencies={agencies}
        defaultValues={{ email: user.email, name: user.name, role: user.role, agencyId: user.agencyId ?? "", language: user.language }}
      />
      {isSelf ? (
        <p className="max-w-xl border-t border-slate-200 pt-6 text-sm text-slate-600">{t("selfNote")}</p>
      ) : (
        <div className="max-w-2xl space-y-6 border-t border-slate-200 pt-6">
          {user.active && user.isPending && <UserLinkButton kind="invite" userId={user.id} label={t("resendInvitation")} />}
          {user.active && !user.isPending && (
            <div className="space-y-2">
              <p className="text-sm text-slate-600">{t("forceResetHint")}</p>
              <UserLinkButton kind="reset" userId={user.id} label={t("forceReset")} />
            </div>
          )}
          <div className="space-y-2">
            <p className="text-sm text-slate-600">{t("deactivateHint")}</p>
            <ActiveToggle
              kind="user"
              id={user.id}
              active={user.active}
              labels={{ deactivate: t("deactivate"), reactivate: t("reactivate"), deactivated: t("deactivated"), reactivated: t("reactivated") }}
            />
          </div>
        </div>
      )}
    </section>
  );
}
