import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OneTimeLinkPage } from "@/components/account/one-time-link-page";

export async function generateMetadata(): Promise<Metadata> {
  // The token stays out of the title, the history and any referrer.
  return { title: (await getTranslations("admin.password"))("inviteTitle"), referrer: "no-referrer" };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <OneTimeLinkPage token={token} purpose="INVITE" />;
}
