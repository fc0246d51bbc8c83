import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OneTimeLinkPage } from "@/components/account/one-time-link-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.password"))("resetTitle"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <OneTimeLinkPage token={token} purpose="RESET" />;
}
