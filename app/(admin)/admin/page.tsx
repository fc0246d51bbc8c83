import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/session/guards";
import { getAdminSummary } from "@/lib/data/admin";
import { pageData } from "@/lib/http/page-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.home"))("title") };
}

export default async function AdminHomePage() {
  const user = await requireRole("ADMIN");
  const [t, summary] = await Promise.all([getTranslations("admin.home"), getAdminSummary(user)]);
  const { agencies, users, auditEventsLast7Days } = pageData(summary);
  const cards = [
    { href: "/admin/agencies", title: t("agencies"), lines: [t("agenciesCount", agencies)], testId: "admin-card-agencies" },
    { href: "/admin/users", title: t("users"), lines: [t("usersCount", users), t("pendingCount", { count: users.pending })], testId: "admin-card-users" },
    { href: "/admin/audit", title: t("audit"), lines: [t("auditCount", { count: auditEventsLast7Days })], testId: "admin-card-audit" },
    { href: "/admin/settings", title: t("settings"), lines: [t("settingsLine")], testId: "admin-card-settings" },
  ];
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((card) => (
          <li key={card.href} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid={card.testId}>
            <h2 className="text-lg font-semibold">
              <Link href={card.href} className="text-brand-700 underline-offset-4 hover:underline">
                {card.title}
              </Link>
            </h2>
            {card.lines.map((line) => (
              <p key={line} className="mt-1 text-sm text-slate-700">
                {line}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
