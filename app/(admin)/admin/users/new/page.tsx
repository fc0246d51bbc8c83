import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserForm } from "@/components/admin/user-form";
import { requireRole } from "@/lib/session/guards";
import { listAgencyOptions } from "@/lib/data/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("inviteTitle") };
}

export default async function InviteUserPage() {
  const user = await requireRole("ADMIN");
  const [t, agencies] = await Promise.all([getTranslations("admin.users"), listAgencyOptions(user)]);
  return (
    <section className="space-y-4">
      <Link href="/admin/users" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("inviteTitle")}</h1>
      <p className="max-w-xl text-slate-700">{t("inviteIntro")}</p>
      <UserForm agencies={agencies} />
    </section>
  );
}
